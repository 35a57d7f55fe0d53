import { getTransformReply, parseCommandArguments } from '@x/modules';
import KEYS from './keys';

describe('KEYS', () => {
  it('is read-only and keyless: the pattern is not a key', () => {
    expect(KEYS.IS_READ_ONLY).toBe(true);
    expect(KEYS.NOT_KEYED_COMMAND).toBe(true);
    const parser = parseCommandArguments(KEYS, 'user:*');
    expect(parser.redisArgs).toEqual(['KEYS', 'user:*']);
    expect(parser.keys).toEqual([]);
  });

  it('resolves with the key names as decoded', () => {
    expect(getTransformReply(KEYS, 2)).toBeUndefined();
    expect(getTransformReply(KEYS, 3)).toBeUndefined();
  });
});
