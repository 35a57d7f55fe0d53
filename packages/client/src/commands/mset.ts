import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { argumentError } from './helpers/argument-checks';

/** What `MSET`, `MSETNX` and `MSETEX` take: `[[key, value], …]`, a flat `[key, value, …]`, or `{ key: value }`. */
export type MSetArguments =
  | Array<[RedisArgument, RedisArgument]>
  | Array<RedisArgument>
  | Record<string, RedisArgument>;

function isArgument(value: unknown): value is RedisArgument | number {
  return typeof value === 'string' || Buffer.isBuffer(value) || typeof value === 'number';
}

/**
 * How many `key value` pairs `toSet` holds, after checking its shape: a non-empty array either of
 * `[key, value]` pairs or of keys and values in turn (an even number of strings), or an object of
 * values. Anything else — an empty list, a pair that is not a pair, a flat list of odd length, a
 * mix — is a TypeError: a flat array read as pairs would write keys made of single characters.
 */
export function countMSetPairs(command: string, toSet: unknown): number {
  if (Array.isArray(toSet)) {
    if (toSet.length === 0) throw argumentError(command, 'the keys and values', 'a non-empty array or object', toSet);
    if (Array.isArray(toSet[0])) {
      for (let i = 0; i < toSet.length; i++) {
        const pair: unknown = toSet[i];
        if (!Array.isArray(pair) || pair.length !== 2 || !isArgument(pair[0]) || !isArgument(pair[1])) {
          throw argumentError(command, `pair ${i}`, 'a [key, value] array of two strings or Buffers', pair);
        }
      }
      return toSet.length;
    }
    if (toSet.length % 2 !== 0) {
      throw argumentError(command, 'a flat array of keys and values', 'of even length', toSet);
    }
    for (let i = 0; i < toSet.length; i++) {
      if (!isArgument(toSet[i])) throw argumentError(command, `element ${i} of the flat array`, 'a string or a Buffer', toSet[i]);
    }
    return toSet.length / 2;
  }
  if (typeof toSet === 'object' && toSet !== null && !Buffer.isBuffer(toSet)) {
    const keys = Object.keys(toSet);
    if (keys.length === 0) throw argumentError(command, 'the keys and values', 'a non-empty array or object', toSet);
    for (const key of keys) {
      const value = (toSet as Record<string, unknown>)[key];
      if (!isArgument(value)) throw argumentError(command, `the value of ${JSON.stringify(key)}`, 'a string or a Buffer', value);
    }
    return keys.length;
  }
  throw argumentError(command, 'the keys and values', 'an array or an object', toSet);
}

/** Pushes `key value key value …` from a shape {@link countMSetPairs} accepted, recording every key. */
export function pushMSetPairs(parser: CommandParser, toSet: MSetArguments): void {
  const text = (v: RedisArgument | number) => (typeof v === 'number' ? String(v) : v);
  if (Array.isArray(toSet)) {
    if (Array.isArray(toSet[0])) {
      for (const [key, value] of toSet as Array<[RedisArgument, RedisArgument]>) {
        parser.pushKey(text(key));
        parser.push(text(value));
      }
    } else {
      const flat = toSet as Array<RedisArgument>;
      for (let i = 0; i < flat.length; i += 2) {
        parser.pushKey(text(flat[i]!));
        parser.push(text(flat[i + 1]!));
      }
    }
  } else {
    for (const key of Object.keys(toSet)) {
      parser.pushKey(key);
      parser.push(text(toSet[key]!));
    }
  }
}

/** Checks `toSet` and pushes `key value key value …` (shared by `MSET` and `MSETNX`). */
export function pushMSetArguments(command: string, parser: CommandParser, toSet: MSetArguments): void {
  countMSetPairs(command, toSet);
  pushMSetPairs(parser, toSet);
}

/**
 * `MSET key value [key value …]`: `'OK'`. Takes node-redis's three forms; on a cluster, keys in
 * several slots are split into one `MSET` per slot.
 */
export default {
  REQUEST_POLICY: 'multi_shard',
  RESPONSE_POLICY: 'all_succeeded',
  parseCommand(parser: CommandParser, toSet: MSetArguments) {
    parser.push('MSET');
    pushMSetArguments('MSET', parser, toSet);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
