import { getTransformReply, parseCommandArguments } from '@x/modules';
import MGET from './mget';

describe('MGET', () => {
  it('is read-only and records every key', () => {
    expect(MGET.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(MGET, ['a', 'b', 'c']);
    expect(parser.redisArgs).toEqual(['MGET', 'a', 'b', 'c']);
    expect(parser.keys).toEqual(['a', 'b', 'c']);
  });

  it('passes the array of values and nulls through', () => {
    expect(getTransformReply(MGET, 2)).toBeUndefined();
    expect(getTransformReply(MGET, 3)).toBeUndefined();
  });
});
