import { getTransformReply, parseCommandArguments } from '@x/modules';
import FUNCTION_LOAD from './function-load';

describe('FUNCTION LOAD', () => {
  it('is keyless', () => {
    expect(FUNCTION_LOAD.NOT_KEYED_COMMAND).toBe(true);
    expect('IS_READ_ONLY' in FUNCTION_LOAD).toBe(false);
    expect(parseCommandArguments(FUNCTION_LOAD, '#!lua name=lib').keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(FUNCTION_LOAD, '#!lua name=lib').redisArgs).toEqual(['FUNCTION', 'LOAD', '#!lua name=lib']);
    expect(parseCommandArguments(FUNCTION_LOAD, '#!lua name=lib', { REPLACE: true }).redisArgs).toEqual(['FUNCTION', 'LOAD', 'REPLACE', '#!lua name=lib']);
  });

  it('resolves with the library name as decoded', () => {
    expect(getTransformReply(FUNCTION_LOAD, 2)).toBeUndefined();
    expect(getTransformReply(FUNCTION_LOAD, 3)).toBeUndefined();
  });
});
