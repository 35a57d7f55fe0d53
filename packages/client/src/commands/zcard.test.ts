import { getTransformReply, parseCommandArguments } from '@x/modules';
import ZCARD from './zcard';

describe('ZCARD', () => {
  it('is read-only and sends ZCARD key', () => {
    expect(ZCARD.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(ZCARD, 'z');
    expect(parser.redisArgs).toEqual(['ZCARD', 'z']);
    expect(parser.keys).toEqual(['z']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(ZCARD, 2)).toBeUndefined();
    expect(getTransformReply(ZCARD, 3)).toBeUndefined();
  });
});
