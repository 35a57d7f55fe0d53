import { getTransformReply, parseCommandArguments } from '@x/modules';
import SCRIPT_EXISTS from './script-exists';

describe('SCRIPT EXISTS', () => {
  it('is keyless', () => {
    expect(SCRIPT_EXISTS.NOT_KEYED_COMMAND).toBe(true);
    // Read-only as node-redis marks it (COMMAND INFO does not flag it readonly; it changes nothing).
    expect(SCRIPT_EXISTS.IS_READ_ONLY).toBe(true);
    expect(parseCommandArguments(SCRIPT_EXISTS, 'abc').keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(SCRIPT_EXISTS, 'abc').redisArgs).toEqual(['SCRIPT', 'EXISTS', 'abc']);
    expect(parseCommandArguments(SCRIPT_EXISTS, ['abc', 'def']).redisArgs).toEqual(['SCRIPT', 'EXISTS', 'abc', 'def']);
  });

  it('resolves with the 1/0 array as decoded', () => {
    expect(getTransformReply(SCRIPT_EXISTS, 2)).toBeUndefined();
    expect(getTransformReply(SCRIPT_EXISTS, 3)).toBeUndefined();
  });
});
