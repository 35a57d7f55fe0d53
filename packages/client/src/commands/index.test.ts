import type { Command } from '@x/modules';
import { COMMANDS } from './index';

// `COMMAND INFO` on redis-server 7.0.15: the commands flagged `readonly`. IS_READ_ONLY must say
// exactly this (a cluster sends read-only commands to replicas when asked to).
const READ_ONLY = new Set([
  'GET', 'MGET', 'STRLEN', 'GETRANGE', 'EXISTS', 'TTL', 'PTTL', 'TYPE', 'KEYS', 'SCAN', 'TOUCH',
  'HGET', 'HGETALL', 'HEXISTS', 'HKEYS', 'HVALS', 'HLEN', 'HMGET', 'HSCAN',
  'LRANGE', 'LLEN', 'LINDEX', 'SMEMBERS', 'SISMEMBER', 'SCARD', 'SSCAN', 'SINTER', 'SUNION',
  'ZRANGE', 'ZRANGE_WITHSCORES', 'ZSCORE', 'ZCARD', 'ZCOUNT', 'ZRANK', 'ZSCAN',
  'XREAD', 'XRANGE', 'XLEN', 'DBSIZE', 'MEMORY_USAGE', 'EVAL_RO', 'EVALSHA_RO', 'FCALL_RO',
]);

// The commands `COMMAND INFO` gives no key (first key 0, no key specs) and that take no optional keys.
const KEYLESS = new Set([
  'KEYS', 'SCAN', 'PING', 'ECHO', 'INFO', 'DBSIZE', 'FLUSHALL', 'FLUSHDB', 'SELECT', 'TIME',
  'CLIENT_ID', 'CLIENT_SETNAME', 'CLIENT_GETNAME', 'CONFIG_GET', 'CONFIG_SET', 'SCRIPT_LOAD',
  'SCRIPT_EXISTS', 'SCRIPT_FLUSH', 'FUNCTION_LOAD', 'FUNCTION_DELETE', 'FUNCTION_FLUSH', 'PUBLISH',
  'PUBSUB_CHANNELS', 'PUBSUB_NUMSUB', 'UNWATCH',
]);

const entries = Object.entries(COMMANDS) as Array<[string, Command]>;
const upper = entries.filter(([name]) => name === name.toUpperCase());

describe('COMMANDS', () => {
  it('has every command under both spellings, pointing at one definition', () => {
    const byDefinition = new Map<Command, Array<string>>();
    for (const [name, command] of entries) byDefinition.set(command, [...(byDefinition.get(command) ?? []), name]);
    for (const [, names] of byDefinition) {
      expect(names).toHaveLength(2);
      expect(names.filter((name) => name === name.toUpperCase())).toHaveLength(1);
    }
    expect(upper.length).toBe(113);
    expect(entries.length).toBe(226);
  });

  it('uses node-redis spellings', () => {
    const c = COMMANDS;
    expect(c.hGetAll).toBe(c.HGETALL);
    expect(c.mGet).toBe(c.MGET);
    expect(c.hmGet).toBe(c.HMGET);
    expect(c.pTTL).toBe(c.PTTL);
    expect(c.zRangeWithScores).toBe(c.ZRANGE_WITHSCORES);
    expect(c.xGroupCreate).toBe(c.XGROUP_CREATE);
    expect(c.pubSubNumSub).toBe(c.PUBSUB_NUMSUB);
    expect(c.evalShaRo).toBe(c.EVALSHA_RO);
    expect(c.fCallRo).toBe(c.FCALL_RO);
    expect(c.flushDb).toBe(c.FLUSHDB);
    expect(c.setNX).toBe(c.SETNX);
  });

  it.each(upper)('%s: IS_READ_ONLY matches COMMAND INFO', (name, command) => {
    expect(command.IS_READ_ONLY === true).toBe(READ_ONLY.has(name));
  });

  it.each(upper)('%s: NOT_KEYED_COMMAND exactly for keyless commands', (name, command) => {
    expect(command.NOT_KEYED_COMMAND === true).toBe(KEYLESS.has(name));
  });

  it.each(upper)('%s: parseCommand and transformReply have the contract shape', (_name, command) => {
    expect(typeof command.parseCommand).toBe('function');
    const t = command.transformReply;
    expect(t === undefined || typeof t === 'function' || (typeof t === 'object' && t !== null && 2 in t && 3 in t)).toBe(true);
  });
});
