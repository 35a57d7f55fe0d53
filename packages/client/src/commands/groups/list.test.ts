// Every list definition: both names registered, the flags node-redis gives it, and the wire
// arguments and keys of a typical call (the conformance suite compares every form with node-redis).
import { parseCommandArguments, type Command } from '@x/modules';
import { LIST_COMMANDS } from './list';

type Row = [method: string, args: Array<unknown>, wire: Array<string>, keys: Array<string>, flags?: { readOnly?: boolean; cacheable?: boolean }];

const CACHED = { readOnly: true, cacheable: true };

const ROWS: Array<Row> = [
  ['BLMOVE', ['a', 'b', 'LEFT', 'RIGHT', 0.5], ['BLMOVE', 'a', 'b', 'LEFT', 'RIGHT', '0.5'], ['a', 'b']],
  ['BLMOVEM', ['a', 'b', 'RIGHT', 'LEFT', 1, { EXACTLY: 2, ORDER: 'BULK' }], ['BLMOVEM', 'a', 'b', 'RIGHT', 'LEFT', '1', 'EXACTLY', '2', 'BULK'], ['a', 'b']],
  ['BLMPOP', [0.1, ['a', 'b'], 'LEFT', { COUNT: 2 }], ['BLMPOP', '0.1', '2', 'a', 'b', 'LEFT', 'COUNT', '2'], ['a', 'b']],
  ['BLPOP', [['a', 'b'], 1], ['BLPOP', 'a', 'b', '1'], ['a', 'b']],
  ['BRPOP', ['a', 0.25], ['BRPOP', 'a', '0.25'], ['a']],
  ['BRPOPLPUSH', ['a', 'b', 2], ['BRPOPLPUSH', 'a', 'b', '2'], ['a', 'b']],
  ['LINDEX', ['l', -1], ['LINDEX', 'l', '-1'], ['l'], CACHED],
  ['LINSERT', ['l', 'AFTER', 'p', 'e'], ['LINSERT', 'l', 'AFTER', 'p', 'e'], ['l']],
  ['LLEN', ['l'], ['LLEN', 'l'], ['l'], CACHED],
  ['LMOVE', ['a', 'b', 'RIGHT', 'LEFT'], ['LMOVE', 'a', 'b', 'RIGHT', 'LEFT'], ['a', 'b']],
  ['LMOVEM', ['a', 'b', 'LEFT', 'LEFT', { COUNT: 3, ORDER: 'OBO' }], ['LMOVEM', 'a', 'b', 'LEFT', 'LEFT', 'COUNT', '3', 'OBO'], ['a', 'b']],
  ['LMPOP', ['a', 'RIGHT'], ['LMPOP', '1', 'a', 'RIGHT'], ['a']],
  ['LPOP', ['l'], ['LPOP', 'l'], ['l']],
  ['LPOP_COUNT', ['l', 2], ['LPOP', 'l', '2'], ['l']],
  ['LPOS', ['l', 'e', { RANK: -1, MAXLEN: 9 }], ['LPOS', 'l', 'e', 'RANK', '-1', 'MAXLEN', '9'], ['l'], CACHED],
  ['LPOS_COUNT', ['l', 'e', 0, { RANK: 2 }], ['LPOS', 'l', 'e', 'RANK', '2', 'COUNT', '0'], ['l'], CACHED],
  ['LPUSH', ['l', ['a', 'b']], ['LPUSH', 'l', 'a', 'b'], ['l']],
  ['LPUSHX', ['l', 'a'], ['LPUSHX', 'l', 'a'], ['l']],
  ['LRANGE', ['l', 0, -1], ['LRANGE', 'l', '0', '-1'], ['l'], CACHED],
  ['LREM', ['l', -2, 'e'], ['LREM', 'l', '-2', 'e'], ['l']],
  ['LSET', ['l', 0, 'e'], ['LSET', 'l', '0', 'e'], ['l']],
  ['LTRIM', ['l', 1, 2], ['LTRIM', 'l', '1', '2'], ['l']],
  ['RPOP', ['l'], ['RPOP', 'l'], ['l']],
  ['RPOP_COUNT', ['l', 3], ['RPOP', 'l', '3'], ['l']],
  ['RPOPLPUSH', ['a', 'b'], ['RPOPLPUSH', 'a', 'b'], ['a', 'b']],
  ['RPUSH', ['l', 'a'], ['RPUSH', 'l', 'a'], ['l']],
  ['RPUSHX', ['l', ['a', 'b']], ['RPUSHX', 'l', 'a', 'b'], ['l']],
];

const commands = LIST_COMMANDS as unknown as Record<string, Command>;

describe('list commands', () => {
  it('registers each definition under its upper-case name and one camel-case name', () => {
    const upper = Object.keys(commands).filter((name) => name === name.toUpperCase());
    expect(upper.sort()).toEqual(ROWS.map(([method]) => method).sort());
    for (const name of upper) {
      expect(Object.keys(commands).filter((other) => other !== name && commands[other] === commands[name])).toHaveLength(1);
    }
  });

  it.each(ROWS)('%s sends the arguments and records the keys', (method, args, wire, keys, flags = {}) => {
    const command = commands[method]!;
    const parser = parseCommandArguments(command, ...(args as []));
    expect(parser.redisArgs).toEqual(wire);
    expect(parser.keys).toEqual(keys);
    expect(command.IS_READ_ONLY === true).toBe(flags.readOnly === true);
    expect(command.CACHEABLE === true).toBe(flags.cacheable === true);
  });

  it.each([
    ['LMOVE', ['a', 'b', 'UP', 'LEFT'], /LMOVE sourceSide must be 'LEFT' or 'RIGHT', got the string "UP"/],
    ['LRANGE', ['l', 0], /LRANGE stop must be a number, got undefined/],
    ['BLPOP', ['l'], /BLPOP timeout must be a number, got undefined/],
    ['LINSERT', ['l', 'NEAR', 'p', 'e'], /LINSERT position must be 'BEFORE' or 'AFTER'/],
    ['LMOVEM', ['a', 'b', 'LEFT', 'LEFT', { COUNT: 1 }], /LMOVEM ORDER must be 'OBO' or 'BULK', got undefined/],
    ['LMPOP', ['a', 'LEFT', { COUNT: {} }], /LMPOP COUNT must be a number, got an object/],
  ])('%s refuses a malformed argument with a TypeError naming it', (method, args, message) => {
    expect(() => parseCommandArguments(commands[method as string]!, ...(args as []))).toThrow(TypeError);
    expect(() => parseCommandArguments(commands[method as string]!, ...(args as []))).toThrow(message as RegExp);
  });

  it('takes sides in any case, as Redis and node-redis do', () => {
    expect(parseCommandArguments(commands.LMOVE!, ...(['a', 'b', 'left', 'Right'] as unknown as [])).redisArgs).toEqual(['LMOVE', 'a', 'b', 'left', 'Right']);
  });
});
