import { getTransformReply, parseCommandArguments } from '@x/modules';
import SUNION from './sunion';

describe('SUNION', () => {
  it('is read-only and records every key', () => {
    expect(SUNION.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(SUNION, ['a', 'b']);
    expect(parser.redisArgs).toEqual(['SUNION', 'a', 'b']);
    expect(parser.keys).toEqual(['a', 'b']);
    expect(parseCommandArguments(SUNION, 'a').keys).toEqual(['a']);
  });

  it('resolves with the reply as decoded in both protocols (an array; a RESP3 set per the SET mapping), as node-redis', () => {
    expect(getTransformReply(SUNION, 2)).toBeUndefined();
    expect(getTransformReply(SUNION, 3)).toBeUndefined();
    expect(SUNION.CACHEABLE).toBe(true);
  });
});
