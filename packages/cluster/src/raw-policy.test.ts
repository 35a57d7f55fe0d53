import { COMMANDS } from '@x/client/node-connection';
import { rawKeys, rawPolicyDefinition } from './raw-policy';

describe('rawPolicyDefinition', () => {
  it('finds the built-in definition of a command with a request policy, whatever its case', () => {
    expect(rawPolicyDefinition(['MGET', 'a', 'b'])).toBe(COMMANDS.MGET);
    expect(rawPolicyDefinition(['dbsize'])).toBe(COMMANDS.DBSIZE);
    expect(rawPolicyDefinition([Buffer.from('KEYS'), '*'])).toBe(COMMANDS.KEYS);
  });

  it('reads the subcommand of a container command', () => {
    expect(rawPolicyDefinition(['SCRIPT', 'EXISTS', 'sha'])).toBe(COMMANDS.SCRIPT_EXISTS);
    expect(rawPolicyDefinition(['config', 'set', 'x', 'y'])).toBe(COMMANDS.CONFIG_SET);
    expect(rawPolicyDefinition(['MEMORY', 'MALLOC-STATS'])).toBe(COMMANDS['MEMORY_MALLOC-STATS']);
    expect(rawPolicyDefinition(['CONFIG', 'GET', 'x'])).toBeUndefined();
    expect(rawPolicyDefinition(['SCRIPT'])).toBeUndefined();
  });

  it('leaves every other command to its first key', () => {
    expect(rawPolicyDefinition(['GET', 'k'])).toBeUndefined();
    expect(rawPolicyDefinition(['ZRANGE', 'withscores', '0', '-1'])).toBeUndefined();
    expect(rawPolicyDefinition(['constructor'])).toBeUndefined();
    expect(rawPolicyDefinition([])).toBeUndefined();
  });
});

describe('WAIT and WAITAOF', () => {
  it('fan out without a firstKey (as the typed wait()), and go to the key’s node with one', () => {
    expect(rawPolicyDefinition(['WAIT', '1', '100'])).toBe(COMMANDS.WAIT);
    expect(rawPolicyDefinition(['WAIT', '1', '100'], 'k')).toBeUndefined();
    expect(rawPolicyDefinition(['waitaof', '1', '0', '100'], 'k')).toBeUndefined();
    expect(rawPolicyDefinition(['DBSIZE'], 'k')).toBe(COMMANDS.DBSIZE);
  });
});

describe('rawKeys', () => {
  it('takes every argument of MGET/DEL/EXISTS and every other of MSET/MSETNX', () => {
    expect(rawKeys(COMMANDS.MGET, ['MGET', 'a', 'b'])).toEqual(['a', 'b']);
    expect(rawKeys(COMMANDS.DEL, ['del', 'a'])).toEqual(['a']);
    expect(rawKeys(COMMANDS.MSET, ['MSET', 'a', '1', 'b', '2'])).toEqual(['a', 'b']);
    expect(rawKeys(COMMANDS.MSETNX, ['msetnx', 'a', '1'])).toEqual(['a']);
    expect(rawKeys(COMMANDS.DBSIZE, ['DBSIZE'])).toEqual([]);
  });
});
