import { getTransformReply, parseCommandArguments } from '@x/modules';
import RPOP_COUNT from './rpop-count';

describe('RPOP COUNT', () => {
  it('sends RPOP l 2', () => {
    expect('IS_READ_ONLY' in RPOP_COUNT).toBe(false);
    const parser = parseCommandArguments(RPOP_COUNT, 'l', 2);
    expect(parser.redisArgs).toEqual(['RPOP', 'l', '2']);
    expect(parser.keys).toEqual(['l']);
  });

  it('resolves with the elements, or null for an empty list, as decoded', () => {
    expect(getTransformReply(RPOP_COUNT, 2)).toBeUndefined();
    expect(getTransformReply(RPOP_COUNT, 3)).toBeUndefined();
  });
});
