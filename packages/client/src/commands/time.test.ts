import { getTransformReply, parseCommandArguments } from '@x/modules';
import TIME from './time';

describe('TIME', () => {
  it('is keyless', () => {
    expect(TIME.NOT_KEYED_COMMAND).toBe(true);
    expect('IS_READ_ONLY' in TIME).toBe(false);
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
