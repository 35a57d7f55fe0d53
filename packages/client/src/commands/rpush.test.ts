import { getTransformReply, parseCommandArguments } from '@x/modules';
import RPUSH from './rpush';

describe('RPUSH', () => {
  it('sends RPUSH l a', () => {
    expect('IS_READ_ONLY' in RPUSH).toBe(false);
    const parser = parseCommandArguments(RPUSH, 'l', 'a');
    expect(parser.redisArgs).toEqual(['RPUSH', 'l', 'a']);
    expect(parser.keys).toEqual(['l']);
  });

  it('resolves with the new length as decoded', () => {
    expect(getTransformReply(RPUSH, 2)).toBeUndefined();
    expect(getTransformReply(RPUSH, 3)).toBeUndefined();
  });
});
