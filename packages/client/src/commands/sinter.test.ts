import { getTransformReply, parseCommandArguments } from '@x/modules';
import SINTER from './sinter';

describe('SINTER', () => {
  it('is read-only and records every key', () => {
    expect(SINTER.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(SINTER, ['a', 'b']);
    expect(parser.redisArgs).toEqual(['SINTER', 'a', 'b']);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it('resolves with the reply as decoded in both protocols (an array; a RESP3 set per the SET mapping), as node-redis', () => {
    expect(getTransformReply(SINTER, 2)).toBeUndefined();
    expect(getTransformReply(SINTER, 3)).toBeUndefined();
    expect(SINTER.CACHEABLE).toBe(true);
  });
});
