import { getTransformReply, parseCommandArguments } from '@x/modules';
import FLUSHALL from './flushall';

describe('FLUSHALL', () => {
  it('is keyless', () => {
    expect(FLUSHALL.NOT_KEYED_COMMAND).toBe(true);
    expect('IS_READ_ONLY' in FLUSHALL).toBe(false);
    expect(parseCommandArguments(FLUSHALL).keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(FLUSHALL).redisArgs).toEqual(['FLUSHALL']);
    expect(parseCommandArguments(FLUSHALL, 'ASYNC').redisArgs).toEqual(['FLUSHALL', 'ASYNC']);
    expect(parseCommandArguments(FLUSHALL, 'SYNC').redisArgs).toEqual(['FLUSHALL', 'SYNC']);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(FLUSHALL, 2)).toBeUndefined();
    expect(getTransformReply(FLUSHALL, 3)).toBeUndefined();
  });
});
