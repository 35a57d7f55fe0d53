import clusterKeySlot from 'cluster-key-slot';
import { keySlot } from '@x/cluster';
import { registerCase, type BenchCase } from '../harness';

/**
 * 1000 keys as a cluster client sees them: plain keys, hash-tagged keys, a few non-ASCII ones.
 * None has `{}` right after its first `{`, where cluster-key-slot is wrong (see the cluster README),
 * so both contenders must agree on every key.
 */
function keys(): string[] {
  const out: string[] = [];
  for (let i = 0; i < 1000; i++) {
    if (i % 10 === 0) out.push(`{user:${i % 97}}:profile:${i}`);
    else if (i % 50 === 1) out.push(`ключ:${i}`);
    else out.push(`user:session:${i}`);
  }
  return out;
}

function keySlotCase(name: string, input: ReadonlyArray<string | Buffer>): BenchCase {
  let sink = 0;
  return {
    group: 'keyslot',
    name,
    unit: 'ops/s',
    work: input.length,
    contenders: [
      {
        name: '@x/cluster keySlot',
        run: () => {
          for (const key of input) sink ^= keySlot(key);
          return sink;
        },
      },
      {
        name: 'cluster-key-slot 1.1.2',
        run: () => {
          for (const key of input) sink ^= clusterKeySlot(key);
          return sink;
        },
      },
    ],
    verify: () => {
      for (const key of input) {
        if (keySlot(key) !== clusterKeySlot(key)) throw new Error(`slot of ${String(key)} differs`);
      }
    },
  };
}

/** Registers the keyslot group: the slot of a key, ours against the package the design named. */
export function registerKeySlotCases(): void {
  const strings = keys();
  registerCase(keySlotCase('key slot: 1000 string keys (plain, hash-tagged, non-ASCII)', strings));
  registerCase(keySlotCase('key slot: 1000 Buffer keys', strings.map((k) => Buffer.from(k))));
}
