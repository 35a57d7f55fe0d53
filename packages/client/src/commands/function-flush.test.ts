import { getTransformReply, parseCommandArguments } from '@x/modules';
import FUNCTION_FLUSH from './function-flush';

describe('FUNCTION FLUSH', () => {
  it('is keyless', () => {
    expect(FUNCTION_FLUSH.NOT_KEYED_COMMAND).toBe(true);
    expect('IS_READ_ONLY' in FUNCTION_FLUSH).toBe(false);
    expect(parseCommandArguments(FUNCTION_FLUSH).keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(FUNCTION_FLUSH).redisArgs).toEqual(['FUNCTION', 'FLUSH']);
    expect(parseCommandArguments(FUNCTION_FLUSH, 'SYNC').redisArgs).toEqual(['FUNCTION', 'FLUSH', 'SYNC']);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(FUNCTION_FLUSH, 2)).toBeUndefined();
    expect(getTransformReply(FUNCTION_FLUSH, 3)).toBeUndefined();
  });
});
