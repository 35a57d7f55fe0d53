import { getTransformReply, parseCommandArguments } from '@x/modules';
import HMGET from './hmget';

describe('HMGET', () => {
  it('is read-only; fields are not keys', () => {
    expect(HMGET.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(HMGET, 'h', ['a', 'b']);
    expect(parser.redisArgs).toEqual(['HMGET', 'h', 'a', 'b']);
    expect(parser.keys).toEqual(['h']);
    expect(parseCommandArguments(HMGET, 'h', 'a').redisArgs).toEqual(['HMGET', 'h', 'a']);
  });

  it('resolves with the values and nulls as decoded', () => {
    expect(getTransformReply(HMGET, 2)).toBeUndefined();
    expect(getTransformReply(HMGET, 3)).toBeUndefined();
  });
});
