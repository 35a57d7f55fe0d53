import { getTransformReply, parseCommandArguments } from '@x/modules';
import SCRIPT_LOAD from './script-load';

describe('SCRIPT LOAD', () => {
  it('is keyless', () => {
    expect(SCRIPT_LOAD.NOT_KEYED_COMMAND).toBe(true);
    expect('IS_READ_ONLY' in SCRIPT_LOAD).toBe(false);
    expect(parseCommandArguments(SCRIPT_LOAD, 'return 1').keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(SCRIPT_LOAD, 'return 1').redisArgs).toEqual(['SCRIPT', 'LOAD', 'return 1']);
  });

  it('resolves with the SHA1 as decoded', () => {
    expect(getTransformReply(SCRIPT_LOAD, 2)).toBeUndefined();
    expect(getTransformReply(SCRIPT_LOAD, 3)).toBeUndefined();
  });
});
