import { getTransformReply, parseCommandArguments } from '@x/modules';
import ZCOUNT from './zcount';

describe('ZCOUNT', () => {
  it('is read-only; numbers as doubles, strings as bounds', () => {
    expect(ZCOUNT.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(ZCOUNT, 'z', -Infinity, '(5');
    expect(parser.redisArgs).toEqual(['ZCOUNT', 'z', '-inf', '(5']);
    expect(parser.keys).toEqual(['z']);
    expect(parseCommandArguments(ZCOUNT, 'z', 1, 2.5).redisArgs).toEqual(['ZCOUNT', 'z', '1', '2.5']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(ZCOUNT, 2)).toBeUndefined();
    expect(getTransformReply(ZCOUNT, 3)).toBeUndefined();
  });
});
