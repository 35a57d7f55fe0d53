import { getTransformReply, parseCommandArguments } from '@x/modules';
import HDEL from './hdel';

describe('HDEL', () => {
  it('one field or many; only the hash is a key', () => {
    expect(parseCommandArguments(HDEL, 'h', 'a').redisArgs).toEqual(['HDEL', 'h', 'a']);
    const parser = parseCommandArguments(HDEL, 'h', ['a', 'b']);
    expect(parser.redisArgs).toEqual(['HDEL', 'h', 'a', 'b']);
    expect(parser.keys).toEqual(['h']);
    expect('IS_READ_ONLY' in HDEL).toBe(false);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(HDEL, 2)).toBeUndefined();
    expect(getTransformReply(HDEL, 3)).toBeUndefined();
  });
});
