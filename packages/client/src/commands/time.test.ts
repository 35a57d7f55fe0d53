import { getTransformReply, parseCommandArguments } from '@x/modules';
import TIME from './time';

describe('TIME', () => {
  it('is keyless', () => {
    expect(TIME.NOT_KEYED_COMMAND).toBe(true);
    expect(TIME.IS_READ_ONLY).toBe(true); // replica-safe, as node-redis routes it
    expect(parseCommandArguments(TIME).keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(TIME).redisArgs).toEqual(['TIME']);
  });

  it('resolves with [seconds, microseconds] as decoded (an array in both protocols)', () => {
    expect(getTransformReply(TIME, 2)).toBeUndefined();
    expect(getTransformReply(TIME, 3)).toBeUndefined();
  });
});
