import { parseCommandArguments, RESP_TYPES, type TypeMapping } from '@x/modules';
import BZMPOP from './bzmpop';
import BZPOPMAX from './bzpopmax';
import ZMPOP from './zmpop';
import ZPOPMAX from './zpopmax';
import ZPOPMAX_COUNT from './zpopmax-count';
import ZPOPMIN from './zpopmin';

const asStrings = { [RESP_TYPES.DOUBLE]: String } as TypeMapping;

describe('sorted-set pops', () => {
  it('ZPOPMAX/ZPOPMIN: { value, score } or null, in both protocols', () => {
    expect(parseCommandArguments(ZPOPMAX, 'z').redisArgs).toEqual(['ZPOPMAX', 'z']);
    expect(ZPOPMAX.transformReply[2](['a', '2.5'])).toEqual({ value: 'a', score: 2.5 });
    expect(ZPOPMAX.transformReply[2](['a', '2.5'], undefined, asStrings)).toEqual({ value: 'a', score: '2.5' });
    expect(ZPOPMIN.transformReply[3](['a', 2.5])).toEqual({ value: 'a', score: 2.5 });
    expect(ZPOPMAX.transformReply[2]([])).toBeNull();
    expect(ZPOPMIN.transformReply[3]([])).toBeNull();
  });

  it("ZPOPMAX refuses x's earlier count (it would change the reply) and names zPopMaxCount", () => {
    expect(() => parseCommandArguments(ZPOPMAX, 'z', 2 as never)).toThrow(/ZPOPMAX: count must be absent \(use zPopMaxCount\)/);
  });

  it('ZPOPMAX_COUNT: the count, and [{ value, score }]', () => {
    expect(parseCommandArguments(ZPOPMAX_COUNT, 'z', 2).redisArgs).toEqual(['ZPOPMAX', 'z', '2']);
    expect(ZPOPMAX_COUNT.transformReply[2](['a', '1', 'b', '2'])).toEqual([
      { value: 'a', score: 1 },
      { value: 'b', score: 2 },
    ]);
  });

  it('BZPOPMAX: keys then timeout; { key, value, score } or null', () => {
    const parser = parseCommandArguments(BZPOPMAX, ['a', 'b'], 0.5);
    expect(parser.redisArgs).toEqual(['BZPOPMAX', 'a', 'b', '0.5']);
    expect(parser.keys).toEqual(['a', 'b']);
    expect(BZPOPMAX.transformReply[2](['a', 'm', '-inf'])).toEqual({ key: 'a', value: 'm', score: -Infinity });
    expect(BZPOPMAX.transformReply[3](['a', 'm', 1])).toEqual({ key: 'a', value: 'm', score: 1 });
    expect(BZPOPMAX.transformReply[2](null)).toBeNull();
  });

  it('ZMPOP/BZMPOP: numkeys counted, COUNT 0 left out like node-redis; { key, members } or null', () => {
    expect(parseCommandArguments(ZMPOP, ['a', 'b'], 'MIN', { COUNT: 2 }).redisArgs).toEqual(['ZMPOP', '2', 'a', 'b', 'MIN', 'COUNT', '2']);
    expect(parseCommandArguments(ZMPOP, 'a', 'MAX', { COUNT: 0 }).redisArgs).toEqual(['ZMPOP', '1', 'a', 'MAX']);
    expect(parseCommandArguments(BZMPOP, 1.5, 'a', 'MAX').redisArgs).toEqual(['BZMPOP', '1.5', '1', 'a', 'MAX']);
    expect(ZMPOP.transformReply[2](['a', [['m', '1'], ['n', '2']]])).toEqual({
      key: 'a',
      members: [
        { value: 'm', score: 1 },
        { value: 'n', score: 2 },
      ],
    });
    expect(BZMPOP.transformReply[3](['a', [['m', 1]]])).toEqual({ key: 'a', members: [{ value: 'm', score: 1 }] });
    expect(ZMPOP.transformReply[3](null)).toBeNull();
  });
});
