// Every set definition: both names registered, the flags node-redis gives it, and the wire
// arguments and keys of a typical call (the conformance suite compares every form with node-redis).
import { parseCommandArguments, type Command } from '@x/modules';
import { SET_COMMANDS } from './set';

type Row = [method: string, args: Array<unknown>, wire: Array<string>, keys: Array<string>, flags?: { readOnly?: boolean; cacheable?: boolean }];

const READ = { readOnly: true };
const CACHED = { readOnly: true, cacheable: true };

const ROWS: Array<Row> = [
  ['SADD', ['s', ['a', 'b']], ['SADD', 's', 'a', 'b'], ['s']],
  ['SADDEX', ['s', 'a', { mode: 'MNX', expiration: { type: 'EX', value: 10 } }], ['SADDEX', 's', 'MNX', 'EX', '10', 'MEMBERS', '1', 'a'], ['s']],
  ['SCARD', ['s'], ['SCARD', 's'], ['s'], CACHED],
  ['SDIFF', [['a', 'b']], ['SDIFF', 'a', 'b'], ['a', 'b'], CACHED],
  ['SDIFFCARD', [['a', 'b'], { LIMIT: 3 }], ['SDIFFCARD', '2', 'a', 'b', 'LIMIT', '3'], ['a', 'b'], CACHED],
  ['SDIFFSTORE', ['d', ['a', 'b']], ['SDIFFSTORE', 'd', 'a', 'b'], ['d', 'a', 'b']],
  ['SEXPIRE', ['s', ['a', 'b'], 5, 'XX'], ['SEXPIRE', 's', '5', 'XX', 'MEMBERS', '2', 'a', 'b'], ['s']],
  ['SEXPIREAT', ['s', 'a', 1_700_000_000], ['SEXPIREAT', 's', '1700000000', 'MEMBERS', '1', 'a'], ['s']],
  ['SEXPIRETIME', ['s', 'a'], ['SEXPIRETIME', 's', 'MEMBERS', '1', 'a'], ['s'], CACHED],
  ['SINTER', ['a'], ['SINTER', 'a'], ['a'], CACHED],
  ['SINTERCARD', [['a', 'b'], 4], ['SINTERCARD', '2', 'a', 'b', 'LIMIT', '4'], ['a', 'b'], CACHED],
  ['SINTERSTORE', ['d', 'a'], ['SINTERSTORE', 'd', 'a'], ['d', 'a']],
  ['SISMEMBER', ['s', 'a'], ['SISMEMBER', 's', 'a'], ['s'], CACHED],
  ['SMEMBERS', ['s'], ['SMEMBERS', 's'], ['s'], CACHED],
  ['SMISMEMBER', ['s', ['a', 'b']], ['SMISMEMBER', 's', 'a', 'b'], ['s'], CACHED],
  ['SMOVE', ['a', 'b', 'm'], ['SMOVE', 'a', 'b', 'm'], ['a', 'b']],
  ['SPERSIST', ['s', 'a'], ['SPERSIST', 's', 'MEMBERS', '1', 'a'], ['s']],
  ['SPEXPIRE', ['s', 'a', 1500], ['SPEXPIRE', 's', '1500', 'MEMBERS', '1', 'a'], ['s']],
  ['SPEXPIREAT', ['s', 'a', new Date(1_700_000_000_123), 'LT'], ['SPEXPIREAT', 's', '1700000000123', 'LT', 'MEMBERS', '1', 'a'], ['s']],
  ['SPEXPIRETIME', ['s', 'a'], ['SPEXPIRETIME', 's', 'MEMBERS', '1', 'a'], ['s'], CACHED],
  ['SPOP', ['s'], ['SPOP', 's'], ['s']],
  ['SPOP_COUNT', ['s', 2], ['SPOP', 's', '2'], ['s']],
  ['SPTTL', ['s', 'a'], ['SPTTL', 's', 'MEMBERS', '1', 'a'], ['s'], READ],
  ['SRANDMEMBER', ['s'], ['SRANDMEMBER', 's'], ['s'], READ],
  ['SRANDMEMBER_COUNT', ['s', -2], ['SRANDMEMBER', 's', '-2'], ['s'], READ],
  ['SREM', ['s', 'a'], ['SREM', 's', 'a'], ['s']],
  ['SSCAN', ['s', 0, { COUNT: 10 }], ['SSCAN', 's', '0', 'COUNT', '10'], ['s'], READ],
  ['STTL', ['s', ['a', 'b']], ['STTL', 's', 'MEMBERS', '2', 'a', 'b'], ['s'], READ],
  ['SUNION', [['a', 'b']], ['SUNION', 'a', 'b'], ['a', 'b'], CACHED],
  ['SUNIONCARD', [['a', 'b'], { APPROX: true, LIMIT: 0 }], ['SUNIONCARD', '2', 'a', 'b', 'APPROX', 'LIMIT', '0'], ['a', 'b'], CACHED],
  ['SUNIONSTORE', ['d', ['a', 'b']], ['SUNIONSTORE', 'd', 'a', 'b'], ['d', 'a', 'b']],
];

const commands = SET_COMMANDS as unknown as Record<string, Command>;

describe('set commands', () => {
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
    ['SEXPIRE', ['s', 'a', 10, 'SOON'], /SEXPIRE mode must be 'NX' or 'XX' or 'GT' or 'LT', got the string "SOON"/],
    ['SADDEX', ['s', 'a', { expiration: { type: 'EX' } }], /SADDEX expiration EX must be a number, got undefined/],
    ['SADDEX', ['s', 'a', { expiration: 'FOREVER' }], /SADDEX expiration must be 'KEEPTTL' or/],
    ['SPOP_COUNT', ['s'], /SPOP count must be a number, got undefined/],
    ['SINTERCARD', [['a'], { LIMIT: null }], /SINTERCARD LIMIT must be a number, got null/],
  ])('%s refuses a malformed argument with a TypeError naming it', (method, args, message) => {
    expect(() => parseCommandArguments(commands[method as string]!, ...(args as []))).toThrow(TypeError);
    expect(() => parseCommandArguments(commands[method as string]!, ...(args as []))).toThrow(message as RegExp);
  });
});
