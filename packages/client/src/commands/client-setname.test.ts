import { getTransformReply, parseCommandArguments } from '@x/modules';
import CLIENT_SETNAME from './client-setname';

describe('CLIENT SETNAME', () => {
  it('is keyless', () => {
    expect(CLIENT_SETNAME.NOT_KEYED_COMMAND).toBe(true);
    expect(CLIENT_SETNAME.IS_READ_ONLY).toBe(true); // replica-safe, as node-redis routes it
    expect(parseCommandArguments(CLIENT_SETNAME, 'worker-1').keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(CLIENT_SETNAME, 'worker-1').redisArgs).toEqual(['CLIENT', 'SETNAME', 'worker-1']);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(CLIENT_SETNAME, 2)).toBeUndefined();
    expect(getTransformReply(CLIENT_SETNAME, 3)).toBeUndefined();
  });
});
