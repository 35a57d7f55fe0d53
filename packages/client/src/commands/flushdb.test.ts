import { getTransformReply, parseCommandArguments } from '@x/modules';
import FLUSHDB from './flushdb';

describe('FLUSHDB', () => {
  it('is keyless', () => {
    expect(FLUSHDB.NOT_KEYED_COMMAND).toBe(true);
    expect('IS_READ_ONLY' in FLUSHDB).toBe(false);
    expect(parseCommandArguments(FLUSHDB).keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(FLUSHDB).redisArgs).toEqual(['FLUSHDB']);
    expect(parseCommandArguments(FLUSHDB, 'ASYNC').redisArgs).toEqual(['FLUSHDB', 'ASYNC']);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(FLUSHDB, 2)).toBeUndefined();
    expect(getTransformReply(FLUSHDB, 3)).toBeUndefined();
  });
});
