import { sharedCluster } from '@x/test-utils';
import clusterKeySlot from 'cluster-key-slot';
import { keySlot } from '../src';

// keySlot checked two ways: against `CLUSTER KEYSLOT` on a real server (the arbiter), and against
// cluster-key-slot, the package the design named for slot hashing. That one is not used at run time
// (it hashes the wrong part of a key whose first `{` is directly followed by `}`, and is archived
// upstream), but as a second, independent implementation it cross-checks every other key.

/** Keys of every shape: plain, hash-tagged, nested and unbalanced braces, non-ASCII, binary-ish. */
function* generatedKeys(count: number): Generator<string> {
  let seed = 0x2545f491;
  const next = (n: number): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
  const alphabet = ['a', 'b', 'z', '0', '9', ':', '{', '}', '{', '}', 'é', '键', '😀', ' ', '\u0000', '\u00ff'];
  for (let i = 0; i < count; i++) {
    let key = '';
    const length = next(24);
    for (let j = 0; j < length; j++) key += alphabet[next(alphabet.length)];
    yield key;
  }
}

/** Where cluster-key-slot 1.1.2 is wrong: the first `{` is followed directly by `}`. */
const knownWrong = (key: string): boolean => {
  const open = key.indexOf('{');
  return open !== -1 && key[open + 1] === '}';
};

describe('keySlot against CLUSTER KEYSLOT', () => {
  it('agrees on 5k generated keys, as strings, as their UTF-8 Buffers, and on random binary keys', async () => {
    const node = sharedCluster().masters()[0]!;
    const strings = [...generatedKeys(5_000)];
    let seed = 7;
    const binary = Array.from({ length: 1_000 }, (_, i) => {
      const bytes = Buffer.alloc(1 + (i % 20));
      for (let j = 0; j < bytes.length; j++) bytes[j] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
      return bytes;
    });
    const keys: Array<string | Buffer> = [...strings, ...binary];
    // Pipelined: the harness's connection writes each command at once.
    const expected = await Promise.all(keys.map((key) => node.integer('CLUSTER', 'KEYSLOT', key)));
    const disagreements = keys.flatMap((key, i) => {
      const got = [keySlot(key), ...(typeof key === 'string' ? [keySlot(Buffer.from(key))] : [])];
      return got.every((slot) => slot === expected[i]) ? [] : [`${JSON.stringify(String(key))}: ${String(got)} ≠ ${String(expected[i])}`];
    });
    expect(disagreements).toEqual([]);
  });
});

describe('keySlot against cluster-key-slot', () => {
  it('agrees on 50k generated keys (strings and Buffers) wherever cluster-key-slot is right', () => {
    let compared = 0;
    const disagreements: string[] = [];
    for (const key of generatedKeys(50_000)) {
      if (knownWrong(key)) continue;
      compared++;
      const expected = clusterKeySlot(key);
      if (keySlot(key) !== expected || keySlot(Buffer.from(key)) !== expected) disagreements.push(JSON.stringify(key));
    }
    expect(disagreements).toEqual([]);
    expect(compared).toBeGreaterThan(30_000);
  });

  it('differs exactly where cluster-key-slot is known wrong (Redis says 8363 for foo{}{bar})', () => {
    expect(keySlot('foo{}{bar}')).toBe(8363);
    expect(clusterKeySlot('foo{}{bar}')).not.toBe(8363);
  });
});
