import { getTransformReply, parseCommandArguments } from '@x/modules';
import TOUCH from './touch';

describe('TOUCH', () => {
  it('is read-only (per COMMAND INFO) and records every key', () => {
    expect(TOUCH.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(TOUCH, ['a', 'b']);
    expect(parser.redisArgs).toEqual(['TOUCH', 'a', 'b']);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(TOUCH, 2)).toBeUndefined();
    expect(getTransformReply(TOUCH, 3)).toBeUndefined();
  });
});
