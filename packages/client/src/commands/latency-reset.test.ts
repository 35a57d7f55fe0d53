import { parseCommandArguments } from '@x/modules';
import LATENCY_HISTOGRAM from './latency-histogram';
import LATENCY_RESET from './latency-reset';
import LOLWUT from './lolwut';

describe('LATENCY RESET / LATENCY HISTOGRAM / LOLWUT rest parameters', () => {
  it("node-redis's rest parameters and x's earlier one array send the same", () => {
    expect(parseCommandArguments(LATENCY_RESET).redisArgs).toEqual(['LATENCY', 'RESET']);
    expect(parseCommandArguments(LATENCY_RESET, 'fork', 'command').redisArgs).toEqual(['LATENCY', 'RESET', 'fork', 'command']);
    expect(parseCommandArguments(LATENCY_RESET, ['fork', 'command']).redisArgs).toEqual(['LATENCY', 'RESET', 'fork', 'command']);
    expect(parseCommandArguments(LATENCY_HISTOGRAM, 'set', 'get').redisArgs).toEqual(['LATENCY', 'HISTOGRAM', 'set', 'get']);
    expect(parseCommandArguments(LATENCY_HISTOGRAM, ['set']).redisArgs).toEqual(['LATENCY', 'HISTOGRAM', 'set']);
  });

  it('LATENCY HISTOGRAM: RESP2 nested arrays read into objects', () => {
    expect(LATENCY_HISTOGRAM.transformReply[2](['set', ['calls', 3, 'histogram_usec', [1, 2, 4, 3]]])).toEqual({
      set: { calls: 3, histogram_usec: { 1: 2, 4: 3 } },
    });
  });

  it('LOLWUT: a version with its numbers, or x\u2019s { VERSION }; numbers without a version are refused', () => {
    expect(parseCommandArguments(LOLWUT, 5, 1, 2).redisArgs).toEqual(['LOLWUT', 'VERSION', '5', '1', '2']);
    expect(parseCommandArguments(LOLWUT, { VERSION: 6 }).redisArgs).toEqual(['LOLWUT', 'VERSION', '6']);
    expect(parseCommandArguments(LOLWUT).redisArgs).toEqual(['LOLWUT']);
    expect(() => parseCommandArguments(LOLWUT, undefined, 1)).toThrow(TypeError);
  });
});
