import { keySlot, SLOT_COUNT } from './key-slot';

// Expected values from `CLUSTER KEYSLOT` on redis-server 7.0. test/key-slot.test.ts compares many
// more keys live against a real server, and against cluster-key-slot.
describe('keySlot', () => {
  it.each([
    ['foo', 12182],
    ['bar', 5061],
    ['', 0],
    ['123456789', 12739],
    ['{user1000}.following', 3443],
    ['{user1000}.followers', 3443],
    ['foo{}{bar}', 8363],
    ['foo{{bar}}zap', 4015],
    ['foo{bar}{zap}', 5061],
    ['{}', 15257],
    ['{', 4092],
    ['}{', 12793],
    ['a', 15495],
  ])('%j → %i', (key, slot) => {
    expect(keySlot(key)).toBe(slot);
    expect(keySlot(Buffer.from(key))).toBe(slot);
  });

  it('hashes the UTF-8 bytes of non-ASCII keys', () => {
    for (const key of ['ключ', '键{标签}x', 'a{é}', 'é{a}', '😀']) {
      expect(keySlot(key)).toBe(keySlot(Buffer.from(key, 'utf8')));
    }
    expect(keySlot('é{a}')).toBe(keySlot('a'));
  });

  it('stays within the slot range', () => {
    for (let i = 0; i < 10_000; i++) {
      const slot = keySlot(`key:${i}`);
      expect(slot).toBeGreaterThanOrEqual(0);
      expect(slot).toBeLessThan(SLOT_COUNT);
    }
  });
});
