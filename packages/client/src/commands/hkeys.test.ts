import { getTransformReply, parseCommandArguments } from '@x/modules';
import HKEYS from './hkeys';

describe('HKEYS', () => {
  it('is read-only and sends HKEYS key', () => {
    expect(HKEYS.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(HKEYS, 'h');
    expect(parser.redisArgs).toEqual(['HKEYS', 'h']);
    expect(parser.keys).toEqual(['h']);
  });

  it('resolves with the array as decoded (an array in both protocols)', () => {
    expect(getTransformReply(HKEYS, 2)).toBeUndefined();
    expect(getTransformReply(HKEYS, 3)).toBeUndefined();
  });
});
