import type { WireValue } from './resp-writer';
import { randomInt } from './random';

/** Random RESP values, as written on the wire, for the fuzz and cross-check tests. */

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-:.é✓😀';

export function randomText(random: () => number, max: number): string {
  const chars = [...ALPHABET];
  let out = '';
  const length = randomInt(random, 0, max);
  for (let i = 0; i < length; i++) out += chars[randomInt(random, 0, chars.length - 1)];
  return out;
}

function randomBytes(random: () => number, max: number): Buffer {
  const length = random() < 0.01 ? randomInt(random, 1000, 70000) : randomInt(random, 0, max);
  // A random 61-byte pattern (CR and LF included) repeated: cheap to make at 70 KB.
  const pattern = Buffer.from(Array.from({ length: 61 }, () => (random() < 0.1 ? (random() < 0.5 ? 13 : 10) : randomInt(random, 0, 255))));
  return length <= pattern.length ? pattern.subarray(0, length) : Buffer.alloc(length, pattern);
}

function randomInt64(random: () => number): bigint {
  switch (randomInt(random, 0, 3)) {
    case 0:
      return BigInt(randomInt(random, -10, 10));
    case 1:
      return BigInt(randomInt(random, -1e9, 1e9));
    case 2:
      return BigInt.asIntN(64, BigInt(Math.floor(random() * 2 ** 53)) * BigInt(randomInt(random, 1, 2 ** 11)));
    default:
      return [0n, -(2n ** 63n), 2n ** 63n - 1n, 2n ** 53n + 1n][randomInt(random, 0, 3)] as bigint;
  }
}

function randomDouble(random: () => number): number {
  switch (randomInt(random, 0, 5)) {
    case 0:
      return [Infinity, -Infinity, NaN, 0, 5e-324, 1.7976931348623157e308][randomInt(random, 0, 5)] as number;
    case 1:
      return randomInt(random, -1000, 1000);
    case 2:
      return (random() - 0.5) * 10 ** randomInt(random, -300, 300);
    default:
      return (random() - 0.5) * 1000;
  }
}

export interface ValueShape {
  resp3: boolean;
  maxDepth: number;
}

/** A random value (RESP3 types only when `shape.resp3`). */
export function randomValue(random: () => number, shape: ValueShape, depth = 0): WireValue {
  const leafOnly = depth >= shape.maxDepth || random() < 0.35 + depth * 0.15;
  const resp2Leaves = ['simple', 'error', 'int', 'bulk', 'nullBulk'] as const;
  const resp3Leaves = ['double', 'big', 'bool', 'null', 'verbatim', 'bulkError'] as const;
  const leaves: readonly string[] = shape.resp3 ? [...resp2Leaves, ...resp3Leaves] : resp2Leaves;
  if (leafOnly) {
    switch (leaves[randomInt(random, 0, leaves.length - 1)]) {
      case 'simple':
        return { t: 'simple', v: randomText(random, 20) };
      case 'error':
        return { t: 'error', v: `${['ERR', 'MOVED', 'WRONGTYPE'][randomInt(random, 0, 2)]} ${randomText(random, 20) || 'x'}` };
      case 'int':
        return { t: 'int', v: randomInt64(random) };
      case 'bulk':
        return { t: 'bulk', v: shape.resp3 ? randomBytes(random, 120) : Buffer.from(randomText(random, 120), 'utf8') };
      case 'nullBulk':
        return { t: 'bulk', v: null };
      case 'double':
        return { t: 'double', v: randomDouble(random) };
      case 'big':
        return { t: 'big', v: BigInt(randomInt(random, -1e9, 1e9)) ** BigInt(randomInt(random, 1, 5)) };
      case 'bool':
        return { t: 'bool', v: random() < 0.5 };
      case 'null':
        return { t: 'null' };
      case 'verbatim':
        return { t: 'verbatim', format: random() < 0.5 ? 'txt' : 'mkd', v: randomText(random, 40) };
      default:
        return { t: 'bulkError', v: `ERR ${randomText(random, 30)}` };
    }
  }
  const count = depth === 0 && random() < 0.1 ? randomInt(random, 20, 200) : randomInt(random, 0, 5);
  const items = (): WireValue[] => Array.from({ length: count }, () => randomValue(random, shape, depth + 1));
  const kinds = shape.resp3 ? ['array', 'set', 'map', 'attr', 'push', 'nullArray'] : ['array', 'nullArray'];
  switch (kinds[randomInt(random, 0, kinds.length - 1)]) {
    case 'nullArray':
      return { t: 'array', v: null };
    case 'set':
      return { t: 'set', v: items() };
    case 'push':
      return { t: 'push', v: items() };
    case 'map':
      return { t: 'map', v: items().map((k) => [k, randomValue(random, shape, depth + 1)] as [WireValue, WireValue]) };
    case 'attr':
      return {
        t: 'attr',
        v: [[{ t: 'simple', v: randomText(random, 8) }, randomValue(random, shape, depth + 1)]],
        of: randomValue(random, shape, depth + 1),
      };
    default:
      return { t: 'array', v: items() };
  }
}
