import { getTransformReply, parseCommandArguments } from '@x/modules';
import FUNCTION_DELETE from './function-delete';

describe('FUNCTION DELETE', () => {
  it('is keyless', () => {
    expect(FUNCTION_DELETE.NOT_KEYED_COMMAND).toBe(true);
    expect('IS_READ_ONLY' in FUNCTION_DELETE).toBe(false);
    expect(parseCommandArguments(FUNCTION_DELETE, 'lib').keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(FUNCTION_DELETE, 'lib').redisArgs).toEqual(['FUNCTION', 'DELETE', 'lib']);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(FUNCTION_DELETE, 2)).toBeUndefined();
    expect(getTransformReply(FUNCTION_DELETE, 3)).toBeUndefined();
  });
});
