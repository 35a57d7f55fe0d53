import { getTransformReply, parseCommandArguments } from '@x/modules';
import PTTL from './pttl';

describe('PTTL', () => {
  it('is read-only and sends PTTL key', () => {
    expect(PTTL.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(PTTL, 'key');
    expect(parser.redisArgs).toEqual(['PTTL', 'key']);
    expect(parser.keys).toEqual(['key']);
  });

  it('resolves with the integer as decoded', () => {
    expect(getTransformReply(PTTL, 2)).toBeUndefined();
    expect(getTransformReply(PTTL, 3)).toBeUndefined();
  });
});
