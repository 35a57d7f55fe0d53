import { getTransformReply, parseCommandArguments } from '@x/modules';
import LPUSH from './lpush';

describe('LPUSH', () => {
  it('sends LPUSH l a b', () => {
    expect('IS_READ_ONLY' in LPUSH).toBe(false);
    const parser = parseCommandArguments(LPUSH, 'l', ['a', 'b']);
    expect(parser.redisArgs).toEqual(['LPUSH', 'l', 'a', 'b']);
    expect(parser.keys).toEqual(['l']);
  });

  it('resolves with the new length as decoded', () => {
    expect(getTransformReply(LPUSH, 2)).toBeUndefined();
    expect(getTransformReply(LPUSH, 3)).toBeUndefined();
  });
});
