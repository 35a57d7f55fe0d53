import { getTransformReply, parseCommandArguments } from '@x/modules';
import SELECT from './select';

describe('SELECT', () => {
  it('is keyless', () => {
    expect(SELECT.NOT_KEYED_COMMAND).toBe(true);
    expect('IS_READ_ONLY' in SELECT).toBe(false);
    expect(parseCommandArguments(SELECT, 2).keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(SELECT, 2).redisArgs).toEqual(['SELECT', '2']);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(SELECT, 2)).toBeUndefined();
    expect(getTransformReply(SELECT, 3)).toBeUndefined();
  });
});
