import { getTransformReply, parseCommandArguments } from '@x/modules';
import STRLEN from './strlen';

describe('STRLEN', () => {
  it('is read-only and sends STRLEN key', () => {
    expect(STRLEN.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(STRLEN, 'key');
    expect(parser.redisArgs).toEqual(['STRLEN', 'key']);
    expect(parser.keys).toEqual(['key']);
  });

  it('resolves with the length as decoded', () => {
    expect(getTransformReply(STRLEN, 2)).toBeUndefined();
    expect(getTransformReply(STRLEN, 3)).toBeUndefined();
  });
});
