import { getTransformReply, parseCommandArguments } from '@x/modules';
import ZRANK from './zrank';

describe('ZRANK', () => {
  it('is read-only and sends ZRANK key member', () => {
    expect(ZRANK.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(ZRANK, 'z', 'm');
    expect(parser.redisArgs).toEqual(['ZRANK', 'z', 'm']);
    expect(parser.keys).toEqual(['z']);
  });

  it('resolves with the rank or null as decoded', () => {
    expect(getTransformReply(ZRANK, 2)).toBeUndefined();
    expect(getTransformReply(ZRANK, 3)).toBeUndefined();
  });
});
