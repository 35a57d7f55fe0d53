import { getTransformReply, parseCommandArguments } from '@x/modules';
import SCRIPT_FLUSH from './script-flush';

describe('SCRIPT FLUSH', () => {
  it('is keyless', () => {
    expect(SCRIPT_FLUSH.NOT_KEYED_COMMAND).toBe(true);
    expect('IS_READ_ONLY' in SCRIPT_FLUSH).toBe(false);
    expect(parseCommandArguments(SCRIPT_FLUSH).keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(SCRIPT_FLUSH).redisArgs).toEqual(['SCRIPT', 'FLUSH']);
    expect(parseCommandArguments(SCRIPT_FLUSH, 'ASYNC').redisArgs).toEqual(['SCRIPT', 'FLUSH', 'ASYNC']);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(SCRIPT_FLUSH, 2)).toBeUndefined();
    expect(getTransformReply(SCRIPT_FLUSH, 3)).toBeUndefined();
  });
});
