import type { Command } from '@x/modules';
import { SCRIPTING_COMMANDS } from './scripting';
import { camelTwins, wireOf, type WireRow } from './wire-table';

const commands = SCRIPTING_COMMANDS as unknown as Record<string, Command>;

const ROWS: WireRow[] = [
  ['eval', ['return 1'], ['EVAL', 'return 1', '0'], []],
  ['eval', ['s', { keys: ['a', 'b'], arguments: ['x'] }], ['EVAL', 's', '2', 'a', 'b', 'x'], ['a', 'b']],
  ['evalRo', ['s', { arguments: ['x', 'y'] }], ['EVAL_RO', 's', '0', 'x', 'y'], []],
  ['evalSha', ['sha', { keys: ['a'] }], ['EVALSHA', 'sha', '1', 'a'], ['a']],
  ['evalShaRo', ['sha'], ['EVALSHA_RO', 'sha', '0'], []],
  ['fCall', ['fn', { keys: ['a'], arguments: ['x'] }], ['FCALL', 'fn', '1', 'a', 'x'], ['a']],
  ['fCallRo', ['fn', { keys: ['a'] }], ['FCALL_RO', 'fn', '1', 'a'], ['a']],
  ['functionDump', [], ['FUNCTION', 'DUMP'], []],
  ['functionKill', [], ['FUNCTION', 'KILL'], []],
  ['functionList', [], ['FUNCTION', 'LIST'], []],
  ['functionList', [{ LIBRARYNAME: 'lib*' }], ['FUNCTION', 'LIST', 'LIBRARYNAME', 'lib*'], []],
  ['functionListWithCode', [{ LIBRARYNAME: 'lib*' }], ['FUNCTION', 'LIST', 'LIBRARYNAME', 'lib*', 'WITHCODE'], []],
  ['functionList', [{ WITHCODE: true }], ['FUNCTION', 'LIST', 'WITHCODE'], []], // x's earlier form, kept
  ['functionStats', [], ['FUNCTION', 'STATS'], []],
  ['scriptDebug', ['NO'], ['SCRIPT', 'DEBUG', 'NO'], []],
  ['scriptKill', [], ['SCRIPT', 'KILL'], []],
];

describe('the scripting group', () => {
  it('registers every command under both names, as one definition', () => {
    for (const [upper, camel] of camelTwins(SCRIPTING_COMMANDS)) {
      expect([upper, camel].every((n) => n !== '')).toBe(true);
    }
  });

  it.each(ROWS)('%s %j', (method, args, wire, keys) => {
    expect(wireOf(commands[method]!, args)).toEqual({ wire, keys });
  });

  it('reads that change nothing may go to a replica, as node-redis marks them', () => {
    for (const name of ['FUNCTION_DUMP', 'FUNCTION_LIST', 'FUNCTION_LIST_WITHCODE', 'FUNCTION_STATS', 'SCRIPT_DEBUG', 'SCRIPT_EXISTS']) {
      expect([name, commands[name]!.IS_READ_ONLY]).toEqual([name, true]);
    }
  });

  it.each([
    ['eval', ['s', 'k'], /EVAL options must be an object, got the string "k"/],
    ['fCall', ['fn', ['k']], /FCALL options must be an object, got an array/],
    ['functionList', ['lib*'], /FUNCTION LIST options must be an object, got the string "lib\*"/],
    ['scriptDebug', [], /SCRIPT DEBUG mode must be a string or a Buffer, got undefined/],
  ] as const)('%s %j is refused', (method, args, message) => {
    expect(() => wireOf(commands[method]!, args)).toThrow(message);
  });
});
