import { getTransformReply, parseCommandArguments } from '@x/modules';
import UNWATCH from './unwatch';

describe('UNWATCH', () => {
  it('is keyless', () => {
    expect(UNWATCH.NOT_KEYED_COMMAND).toBe(true);
    expect('IS_READ_ONLY' in UNWATCH).toBe(false);
    expect(parseCommandArguments(UNWATCH).keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(UNWATCH).redisArgs).toEqual(['UNWATCH']);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(UNWATCH, 2)).toBeUndefined();
    expect(getTransformReply(UNWATCH, 3)).toBeUndefined();
  });
});
