import type { Command } from '@x/modules';
import { GENERATED_COMMANDS } from './generated';
import { COMMANDS } from './index';
import SET from './set';

// The flags and routing tips of every definition are checked against a live server's COMMAND INFO
// in test/commands-metadata.test.ts; this file checks the record's shape.
const entries = Object.entries(COMMANDS) as Array<[string, Command]>;
const upper = entries.filter(([name]) => name === name.toUpperCase());

/**
 * node-redis's upper-case spellings that differ from x's (`CLIENT_NO-EVICT` beside `CLIENT_NO_EVICT`,
 * node-redis's `CONFIG_RESETASTAT` beside `CONFIG_RESETSTAT`): a third name of the same definition.
 */
const isNodeRedisSpelling = (name: string) => name.includes('-') || name === 'CONFIG_RESETASTAT';

describe('COMMANDS', () => {
  it('has every command under both spellings, pointing at one definition', () => {
    const byDefinition = new Map<Command, Array<string>>();
    for (const [name, command] of entries) byDefinition.set(command, [...(byDefinition.get(command) ?? []), name]);
    for (const [, names] of byDefinition) {
      const own = names.filter((name) => !isNodeRedisSpelling(name));
      expect(own).toHaveLength(2);
      expect(own.filter((name) => name === name.toUpperCase())).toHaveLength(1);
    }
    // Every definition under exactly two names of x's (plus node-redis's odd spellings); how many there
    // are is node-redis's business (the conformance suite checks that every one of its commands is here).
    const extra = entries.filter(([name]) => isNodeRedisSpelling(name)).length;
    expect(extra).toBeGreaterThanOrEqual(7);
    expect(entries.length - extra).toBe((upper.length - extra) * 2);
    expect(upper.length).toBeGreaterThanOrEqual(337);
  });

  it('merges the generated definitions; a command with a hand-written file is never generated', () => {
    const generated = GENERATED_COMMANDS as Record<string, Command>;
    const record = COMMANDS as unknown as Record<string, Command>;
    // Every generated name is in COMMANDS as generated (none overridden: the generator skipped those).
    expect(Object.keys(generated).filter((name) => record[name] !== generated[name])).toEqual([]);
    expect(generated.SET).toBeUndefined();
    expect(COMMANDS.SET).toBe(SET);
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

  it.each(upper)('%s: parseCommand and transformReply have the contract shape', (_name, command) => {
    expect(typeof command.parseCommand).toBe('function');
    const t = command.transformReply;
    expect(t === undefined || typeof t === 'function' || (typeof t === 'object' && t !== null && 2 in t && 3 in t)).toBe(true);
  });
});
