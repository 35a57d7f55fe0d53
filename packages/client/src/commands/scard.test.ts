import { getTransformReply, parseCommandArguments } from '@x/modules';
import SCARD from './scard';

describe('SCARD', () => {
  it('sends SCARD s', () => {
    expect(SCARD.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(SCARD, 's');
    expect(parser.redisArgs).toEqual(['SCARD', 's']);
    expect(parser.keys).toEqual(['s']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(SCARD, 2)).toBeUndefined();
    expect(getTransformReply(SCARD, 3)).toBeUndefined();
  });
});
