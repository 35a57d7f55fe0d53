import { getTransformReply, parseCommandArguments } from '@x/modules';
import ZREM from './zrem';

describe('ZREM', () => {
  it('one member or many; only the set is a key', () => {
    expect(parseCommandArguments(ZREM, 'z', 'a').redisArgs).toEqual(['ZREM', 'z', 'a']);
    const parser = parseCommandArguments(ZREM, 'z', ['a', 'b']);
    expect(parser.redisArgs).toEqual(['ZREM', 'z', 'a', 'b']);
    expect(parser.keys).toEqual(['z']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(ZREM, 2)).toBeUndefined();
    expect(getTransformReply(ZREM, 3)).toBeUndefined();
  });
});
