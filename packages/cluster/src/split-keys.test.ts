import { CrossSlotError } from './errors';
import { commonSlot, mergeSplit, splitBySlot } from './split-keys';
import { keySlot } from './topology/key-slot';

describe('splitBySlot', () => {
  it('splits MGET by slot, keeping each key\'s position', () => {
    const keys = ['a', '{t}x', 'b', '{t}y'];
    const groups = splitBySlot('multi_shard', ['MGET', ...keys], keys);
    const t = groups.find((g) => g.slot === keySlot('{t}x'))!;
    expect(t.args).toEqual(['MGET', '{t}x', '{t}y']);
    expect(t.positions).toEqual([1, 3]);
    expect(groups.flatMap((g) => g.positions).sort()).toEqual([0, 1, 2, 3]);
  });

  it('keeps values with their keys (MSET)', () => {
    const groups = splitBySlot('multi_shard', ['MSET', 'a', '1', 'b', '2', '{a}c', '3'], ['a', 'b', '{a}c']);
    const a = groups.find((g) => g.slot === keySlot('a'))!;
    expect(a.args).toEqual(['MSET', 'a', '1', '{a}c', '3']);
  });

  it('refuses MSETNX (atomic) and commands of another shape with a CrossSlotError naming the slots', () => {
    expect(() => splitBySlot('multi_shard', ['MSETNX', 'a', '1', 'b', '2'], ['a', 'b'])).toThrow(CrossSlotError);
    const error = (() => {
      try {
        splitBySlot(undefined, ['SINTERSTORE', 'dest', 'a', 'b'], ['dest', 'a', 'b']);
      } catch (e) {
        return e as CrossSlotError;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(CrossSlotError);
    expect(error!.slots).toEqual([...new Set([keySlot('dest'), keySlot('a'), keySlot('b')])]);
    expect(error!.message).toMatch(/^CROSSSLOT SINTERSTORE/);
  });
});

describe('mergeSplit', () => {
  it('puts MGET replies back in the caller\'s order', () => {
    const groups = [
      { slot: 1, args: [], positions: [1, 3] },
      { slot: 2, args: [], positions: [0, 2] },
    ];
    const merged = mergeSplit(undefined, groups, [{ ok: true, reply: ['x', 'y'] }, { ok: true, reply: ['a', null] }], 4);
    expect(merged).toEqual(['a', 'x', null, 'y']);
  });

  it('sums DEL counts', () => {
    expect(mergeSplit('agg_sum', [], [{ ok: true, reply: 2 }, { ok: true, reply: 1 }], 3)).toBe(3);
  });
});

describe('commonSlot', () => {
  it('is the slot when every key shares it', () => {
    expect(commonSlot(['{u}a', '{u}b'])).toBe(keySlot('u'));
    expect(commonSlot(['a', 'b'])).toBeUndefined();
  });
});
