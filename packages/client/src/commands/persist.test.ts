import { getTransformReply, parseCommandArguments } from '@x/modules';
import PERSIST from './persist';

describe('PERSIST', () => {
  it('writes and sends PERSIST key', () => {
    expect('IS_READ_ONLY' in PERSIST).toBe(false);
    const parser = parseCommandArguments(PERSIST, 'key');
    expect(parser.redisArgs).toEqual(['PERSIST', 'key']);
    expect(parser.keys).toEqual(['key']);
  });

  it('resolves with 1 or 0 as decoded', () => {
    expect(getTransformReply(PERSIST, 2)).toBeUndefined();
    expect(getTransformReply(PERSIST, 3)).toBeUndefined();
  });
});
