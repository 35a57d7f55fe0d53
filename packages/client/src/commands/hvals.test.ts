import { getTransformReply, parseCommandArguments } from '@x/modules';
import HVALS from './hvals';

describe('HVALS', () => {
  it('is read-only and sends HVALS key', () => {
    expect(HVALS.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(HVALS, 'h');
    expect(parser.redisArgs).toEqual(['HVALS', 'h']);
    expect(parser.keys).toEqual(['h']);
  });

  it('resolves with the array as decoded', () => {
    expect(getTransformReply(HVALS, 2)).toBeUndefined();
    expect(getTransformReply(HVALS, 3)).toBeUndefined();
  });
});
