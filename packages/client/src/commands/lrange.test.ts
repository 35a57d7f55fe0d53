import { getTransformReply, parseCommandArguments } from '@x/modules';
import LRANGE from './lrange';

describe('LRANGE', () => {
  it('sends LRANGE l 0 -1', () => {
    expect(LRANGE.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(LRANGE, 'l', 0, -1);
    expect(parser.redisArgs).toEqual(['LRANGE', 'l', '0', '-1']);
    expect(parser.keys).toEqual(['l']);
  });

  it('resolves with the elements as decoded', () => {
    expect(getTransformReply(LRANGE, 2)).toBeUndefined();
    expect(getTransformReply(LRANGE, 3)).toBeUndefined();
  });
});
