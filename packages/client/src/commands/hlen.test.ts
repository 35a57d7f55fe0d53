import { getTransformReply, parseCommandArguments } from '@x/modules';
import HLEN from './hlen';

describe('HLEN', () => {
  it('is read-only and sends HLEN key', () => {
    expect(HLEN.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(HLEN, 'h');
    expect(parser.redisArgs).toEqual(['HLEN', 'h']);
    expect(parser.keys).toEqual(['h']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(HLEN, 2)).toBeUndefined();
    expect(getTransformReply(HLEN, 3)).toBeUndefined();
  });
});
