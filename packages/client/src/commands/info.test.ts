import { getTransformReply, parseCommandArguments } from '@x/modules';
import INFO from './info';

describe('INFO', () => {
  it('is keyless', () => {
    expect(INFO.NOT_KEYED_COMMAND).toBe(true);
    expect(INFO.IS_READ_ONLY).toBe(true); // replica-safe, as node-redis routes it
    expect(parseCommandArguments(INFO).keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(INFO).redisArgs).toEqual(['INFO']);
    expect(parseCommandArguments(INFO, 'server').redisArgs).toEqual(['INFO', 'server']);
  });

  it('resolves with the text as decoded (a RESP3 verbatim string is decoded to its text)', () => {
    expect(getTransformReply(INFO, 2)).toBeUndefined();
    expect(getTransformReply(INFO, 3)).toBeUndefined();
  });
});
