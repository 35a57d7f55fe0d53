import { getTransformReply, parseCommandArguments } from '@x/modules';
import CLIENT_ID from './client-id';

describe('CLIENT ID', () => {
  it('is keyless', () => {
    expect(CLIENT_ID.NOT_KEYED_COMMAND).toBe(true);
    expect(CLIENT_ID.IS_READ_ONLY).toBe(true); // replica-safe, as node-redis routes it
    expect(parseCommandArguments(CLIENT_ID).keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(CLIENT_ID).redisArgs).toEqual(['CLIENT', 'ID']);
  });

  it('resolves with the id as decoded', () => {
    expect(getTransformReply(CLIENT_ID, 2)).toBeUndefined();
    expect(getTransformReply(CLIENT_ID, 3)).toBeUndefined();
  });
});
