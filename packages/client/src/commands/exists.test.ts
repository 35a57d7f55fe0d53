import { getTransformReply, parseCommandArguments } from '@x/modules';
import EXISTS from './exists';

describe('EXISTS', () => {
  it('is read-only and records every key', () => {
    expect(EXISTS.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(EXISTS, ['a', 'b']);
    expect(parser.redisArgs).toEqual(['EXISTS', 'a', 'b']);
    expect(parser.keys).toEqual(['a', 'b']);
    expect(parseCommandArguments(EXISTS, 'a').keys).toEqual(['a']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(EXISTS, 2)).toBeUndefined();
    expect(getTransformReply(EXISTS, 3)).toBeUndefined();
  });
});
