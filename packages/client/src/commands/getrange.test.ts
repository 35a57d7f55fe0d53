import { getTransformReply, parseCommandArguments } from '@x/modules';
import GETRANGE from './getrange';

describe('GETRANGE', () => {
  it('is read-only and sends GETRANGE key start end', () => {
    expect(GETRANGE.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(GETRANGE, 'key', 0, -1);
    expect(parser.redisArgs).toEqual(['GETRANGE', 'key', '0', '-1']);
    expect(parser.keys).toEqual(['key']);
  });

  it('resolves with the substring as decoded', () => {
    expect(getTransformReply(GETRANGE, 2)).toBeUndefined();
    expect(getTransformReply(GETRANGE, 3)).toBeUndefined();
  });
});
