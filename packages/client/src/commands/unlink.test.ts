import { getTransformReply, parseCommandArguments } from '@x/modules';
import UNLINK from './unlink';

describe('UNLINK', () => {
  it('writes and records every key', () => {
    expect('IS_READ_ONLY' in UNLINK).toBe(false);
    const parser = parseCommandArguments(UNLINK, ['a', 'b']);
    expect(parser.redisArgs).toEqual(['UNLINK', 'a', 'b']);
    expect(parser.keys).toEqual(['a', 'b']);
    expect(parseCommandArguments(UNLINK, 'a').redisArgs).toEqual(['UNLINK', 'a']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(UNLINK, 2)).toBeUndefined();
    expect(getTransformReply(UNLINK, 3)).toBeUndefined();
  });
});
