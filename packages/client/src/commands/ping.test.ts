import { getTransformReply, parseCommandArguments } from '@x/modules';
import PING from './ping';

describe('PING', () => {
  it('is keyless', () => {
    expect(PING.NOT_KEYED_COMMAND).toBe(true);
    expect(PING.IS_READ_ONLY).toBe(true); // replica-safe, as node-redis routes it
    expect(parseCommandArguments(PING).keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(PING).redisArgs).toEqual(['PING']);
    expect(parseCommandArguments(PING, 'hi').redisArgs).toEqual(['PING', 'hi']);
  });

  it('resolves with PONG or the message as decoded', () => {
    expect(getTransformReply(PING, 2)).toBeUndefined();
    expect(getTransformReply(PING, 3)).toBeUndefined();
  });
});
