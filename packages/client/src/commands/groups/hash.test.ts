// Every hash definition: both names registered, the flags node-redis gives it, and the wire
// arguments and keys of a typical call (the conformance suite compares every form with node-redis).
import { parseCommandArguments, type Command } from '@x/modules';
import { HASH_COMMANDS } from './hash';

type Row = [method: string, args: Array<unknown>, wire: Array<string>, flags?: { readOnly?: boolean; cacheable?: boolean; keyless?: boolean }];

const READ = { readOnly: true };
const CACHED = { readOnly: true, cacheable: true };

const ROWS: Array<Row> = [
  ['HDEL', ['h', ['a', 'b']], ['HDEL', 'h', 'a', 'b']],
  ['HEXISTS', ['h', 'a'], ['HEXISTS', 'h', 'a'], CACHED],
  ['HEXPIRE', ['h', ['a', 'b'], 10, 'NX'], ['HEXPIRE', 'h', '10', 'NX', 'FIELDS', '2', 'a', 'b']],
  ['HEXPIREAT', ['h', 'a', new Date(1_700_000_000_999)], ['HEXPIREAT', 'h', '1700000000', 'FIELDS', '1', 'a']],
  ['HEXPIRETIME', ['h', ['a']], ['HEXPIRETIME', 'h', 'FIELDS', '1', 'a'], CACHED],
  ['HGET', ['h', 'a'], ['HGET', 'h', 'a'], CACHED],
  ['HGETALL', ['h'], ['HGETALL', 'h'], CACHED],
  ['HGETDEL', ['h', ['a', 'b']], ['HGETDEL', 'h', 'FIELDS', '2', 'a', 'b']],
  ['HGETEX', ['h', 'a', { expiration: { type: 'PX', value: 50 } }], ['HGETEX', 'h', 'PX', '50', 'FIELDS', '1', 'a']],
  ['HIMPORT_DISCARD', ['fs'], ['HIMPORT', 'DISCARD', 'fs'], { keyless: true }],
  ['HIMPORT_DISCARDALL', [], ['HIMPORT', 'DISCARDALL'], { keyless: true }],
  ['HIMPORT_PREPARE', ['fs', ['a', 'b']], ['HIMPORT', 'PREPARE', 'fs', 'a', 'b'], { keyless: true }],
  ['HIMPORT_SET', ['h', 'fs', ['1', '2']], ['HIMPORT', 'SET', 'h', 'fs', '1', '2']],
  ['HINCRBY', ['h', 'a', -2], ['HINCRBY', 'h', 'a', '-2']],
  ['HINCRBYFLOAT', ['h', 'a', 0.5], ['HINCRBYFLOAT', 'h', 'a', '0.5']],
  ['HKEYS', ['h'], ['HKEYS', 'h'], CACHED],
  ['HLEN', ['h'], ['HLEN', 'h'], CACHED],
  ['HMGET', ['h', ['a', 'b']], ['HMGET', 'h', 'a', 'b'], CACHED],
  ['HPERSIST', ['h', 'a'], ['HPERSIST', 'h', 'FIELDS', '1', 'a']],
  ['HPEXPIRE', ['h', 'a', 1500], ['HPEXPIRE', 'h', '1500', 'FIELDS', '1', 'a']],
  ['HPEXPIREAT', ['h', 'a', new Date(1_700_000_000_999), 'GT'], ['HPEXPIREAT', 'h', '1700000000999', 'GT', 'FIELDS', '1', 'a']],
  ['HPEXPIRETIME', ['h', 'a'], ['HPEXPIRETIME', 'h', 'FIELDS', '1', 'a'], CACHED],
  ['HPTTL', ['h', 'a'], ['HPTTL', 'h', 'FIELDS', '1', 'a'], READ],
  ['HRANDFIELD', ['h'], ['HRANDFIELD', 'h'], READ],
  ['HRANDFIELD_COUNT', ['h', -3], ['HRANDFIELD', 'h', '-3'], READ],
  ['HRANDFIELD_COUNT_WITHVALUES', ['h', 2], ['HRANDFIELD', 'h', '2', 'WITHVALUES'], READ],
  ['HSCAN', ['h', '0', { MATCH: 'a*', COUNT: 5 }], ['HSCAN', 'h', '0', 'MATCH', 'a*', 'COUNT', '5'], READ],
  ['HSCAN_NOVALUES', ['h', '7'], ['HSCAN', 'h', '7', 'NOVALUES'], READ],
  ['HSET', ['h', 'a', 1], ['HSET', 'h', 'a', '1']],
  ['HSETEX', ['h', { a: 1 }, { mode: 'FNX', expiration: 'KEEPTTL' }], ['HSETEX', 'h', 'FNX', 'KEEPTTL', 'FIELDS', '1', 'a', '1']],
  ['HSETNX', ['h', 'a', 'v'], ['HSETNX', 'h', 'a', 'v']],
  ['HSTRLEN', ['h', 'a'], ['HSTRLEN', 'h', 'a'], CACHED],
  ['HTTL', ['h', ['a', 'b']], ['HTTL', 'h', 'FIELDS', '2', 'a', 'b'], READ],
  ['HVALS', ['h'], ['HVALS', 'h'], CACHED],
];

const commands = HASH_COMMANDS as unknown as Record<string, Command>;

describe('hash commands', () => {
  it('registers each definition under its upper-case name and one camel-case name', () => {
    const upper = Object.keys(commands).filter((name) => name === name.toUpperCase());
    expect(upper.sort()).toEqual(ROWS.map(([method]) => method).sort());
    for (const name of upper) {
      expect(Object.keys(commands).filter((other) => other !== name && commands[other] === commands[name])).toHaveLength(1);
    }
  });

  it.each(ROWS)('%s sends the arguments and records the key', (method, args, wire, flags = {}) => {
    const command = commands[method]!;
    const parser = parseCommandArguments(command, ...(args as []));
    expect(parser.redisArgs).toEqual(wire);
    expect(parser.keys).toEqual(flags.keyless === true ? [] : [args[0]]);
    expect(command.IS_READ_ONLY === true).toBe(flags.readOnly === true);
    expect(command.CACHEABLE === true).toBe(flags.cacheable === true);
    expect(command.NOT_KEYED_COMMAND === true).toBe(flags.keyless === true);
  });
});
