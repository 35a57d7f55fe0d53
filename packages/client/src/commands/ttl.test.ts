import { getTransformReply, parseCommandArguments } from '@x/modules';
import TTL from './ttl';

describe('TTL', () => {
  it('is read-only and sends TTL key', () => {
    expect(TTL.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(TTL, 'key');
    expect(parser.redisArgs).toEqual(['TTL', 'key']);
    expect(parser.keys).toEqual(['key']);
  });

  it('resolves with the integer as decoded', () => {
    expect(getTransformReply(TTL, 2)).toBeUndefined();
    expect(getTransformReply(TTL, 3)).toBeUndefined();
  });
});
