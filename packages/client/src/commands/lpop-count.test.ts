import { getTransformReply, parseCommandArguments } from '@x/modules';
import LPOP_COUNT from './lpop-count';

describe('LPOP COUNT', () => {
  it('sends LPOP l 3', () => {
    expect('IS_READ_ONLY' in LPOP_COUNT).toBe(false);
    const parser = parseCommandArguments(LPOP_COUNT, 'l', 3);
    expect(parser.redisArgs).toEqual(['LPOP', 'l', '3']);
    expect(parser.keys).toEqual(['l']);
  });

  it('resolves with the elements, or null for an empty list, as decoded', () => {
    expect(getTransformReply(LPOP_COUNT, 2)).toBeUndefined();
    expect(getTransformReply(LPOP_COUNT, 3)).toBeUndefined();
  });
});
