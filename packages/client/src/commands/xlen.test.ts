import { getTransformReply, parseCommandArguments } from '@x/modules';
import XLEN from './xlen';

describe('XLEN', () => {
  it('is read-only and sends XLEN key', () => {
    expect(XLEN.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(XLEN, 's');
    expect(parser.redisArgs).toEqual(['XLEN', 's']);
    expect(parser.keys).toEqual(['s']);
  });

  it('resolves with the length as decoded', () => {
    expect(getTransformReply(XLEN, 2)).toBeUndefined();
    expect(getTransformReply(XLEN, 3)).toBeUndefined();
  });
});
