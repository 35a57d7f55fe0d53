import { getTransformReply, parseCommandArguments } from '@x/modules';
import CLIENT_GETNAME from './client-getname';

describe('CLIENT GETNAME', () => {
  it('is keyless', () => {
    expect(CLIENT_GETNAME.NOT_KEYED_COMMAND).toBe(true);
    expect(CLIENT_GETNAME.IS_READ_ONLY).toBe(true); // replica-safe, as node-redis routes it
    expect(parseCommandArguments(CLIENT_GETNAME).keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(CLIENT_GETNAME).redisArgs).toEqual(['CLIENT', 'GETNAME']);
  });

  it('resolves with the name or null as decoded', () => {
    expect(getTransformReply(CLIENT_GETNAME, 2)).toBeUndefined();
    expect(getTransformReply(CLIENT_GETNAME, 3)).toBeUndefined();
  });
});
