import { getTransformReply, parseCommandArguments } from '@x/modules';
import HEXISTS from './hexists';

describe('HEXISTS', () => {
  it('is read-only and sends HEXISTS key field', () => {
    expect(HEXISTS.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(HEXISTS, 'h', 'f');
    expect(parser.redisArgs).toEqual(['HEXISTS', 'h', 'f']);
    expect(parser.keys).toEqual(['h']);
  });

  it('resolves with 1 or 0 as decoded', () => {
    expect(getTransformReply(HEXISTS, 2)).toBeUndefined();
    expect(getTransformReply(HEXISTS, 3)).toBeUndefined();
  });
});
