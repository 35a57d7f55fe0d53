import { parseCommandArguments } from '@x/modules';
import { COMMANDS } from './index';

const FUNCTION_RESTORE = COMMANDS.FUNCTION_RESTORE;

describe('FUNCTION RESTORE', () => {
  const dump = Buffer.from([0xf5, 0xc3]);

  // Issue 12: `functionRestore(dump, { mode: 'REPLACE' })` threw "Invalid command argument".
  it.each(['FLUSH', 'APPEND', 'REPLACE'] as const)("takes node-redis's { mode: '%s' }", (mode) => {
    expect(parseCommandArguments(FUNCTION_RESTORE, dump, { mode }).redisArgs).toEqual(['FUNCTION', 'RESTORE', dump, mode]);
  });

  it('sends no policy without one', () => {
    expect(parseCommandArguments(FUNCTION_RESTORE, dump).redisArgs).toEqual(['FUNCTION', 'RESTORE', dump]);
    expect(parseCommandArguments(FUNCTION_RESTORE, dump, {}).redisArgs).toEqual(['FUNCTION', 'RESTORE', dump]);
  });

  it("still takes x's earlier form, the policy alone (node-redis would drop it)", () => {
    expect(parseCommandArguments(FUNCTION_RESTORE, dump, 'REPLACE').redisArgs).toEqual(['FUNCTION', 'RESTORE', dump, 'REPLACE']);
    expect(() => parseCommandArguments(FUNCTION_RESTORE, dump, 5 as never)).toThrow(new TypeError('FUNCTION RESTORE options must be an object, got number 5'));
  });

  it('goes to every master, keyless', () => {
    expect(FUNCTION_RESTORE.NOT_KEYED_COMMAND).toBe(true);
    expect(FUNCTION_RESTORE.REQUEST_POLICY).toBe('all_shards');
    expect(COMMANDS.functionRestore).toBe(FUNCTION_RESTORE);
  });
});
