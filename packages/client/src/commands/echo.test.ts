import { getTransformReply, parseCommandArguments } from '@x/modules';
import ECHO from './echo';

describe('ECHO', () => {
  it('is keyless', () => {
    expect(ECHO.NOT_KEYED_COMMAND).toBe(true);
    expect(ECHO.IS_READ_ONLY).toBe(true); // replica-safe, as node-redis routes it
    expect(parseCommandArguments(ECHO, 'hi').keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(ECHO, 'hi').redisArgs).toEqual(['ECHO', 'hi']);
  });

  it('resolves with the message as decoded', () => {
    expect(getTransformReply(ECHO, 2)).toBeUndefined();
    expect(getTransformReply(ECHO, 3)).toBeUndefined();
  });
});
