import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { describeValue } from './helpers/arguments';

/** What `MSET`, `MSETNX` and `MSETEX` take: `[[key, value], …]`, a flat `[key, value, …]`, or `{ key: value }`. */
export type MSetArguments =
  | Array<[RedisArgument, RedisArgument]>
  | Array<RedisArgument>
  | Record<string, RedisArgument>;

function isArgument(value: unknown): value is RedisArgument | number {
  return typeof value === 'string' || Buffer.isBuffer(value) || typeof value === 'number';
}

const text = (value: RedisArgument | number): RedisArgument => (typeof value === 'number' ? String(value) : value);

function notAPair(command: string, i: number, pair: unknown): TypeError {
  return new TypeError(`${command} pair ${i} must be a [key, value] array of two strings or Buffers, got ${describeValue(pair)}`);
}

/**
 * Checks `toSet` and pushes `key value key value …`, recording every key, in one pass; returns how
 * many pairs. It must be a non-empty array either of `[key, value]` pairs or of keys and values in
 * turn (an even number of strings), or an object of values. Anything else — an empty list, a pair
 * that is not a pair, a flat list of odd length, a mix — is a TypeError (the call is refused, nothing
 * is sent): a flat array read as pairs would write keys made of single characters.
 */
export function pushMSetPairs(command: string, parser: CommandParser, toSet: MSetArguments): number {
  if (Array.isArray(toSet)) {
    const length = toSet.length;
    if (length === 0) throw new TypeError(`${command} the keys and values must be a non-empty array or object, got ${describeValue(toSet)}`);
    if (Array.isArray(toSet[0])) {
      for (let i = 0; i < length; i++) {
        const pair: unknown = toSet[i];
        if (!Array.isArray(pair) || pair.length !== 2) throw notAPair(command, i, pair);
        const [key, value] = pair as [unknown, unknown];
        if (!isArgument(key) || !isArgument(value)) throw notAPair(command, i, pair);
        parser.pushKey(text(key));
        parser.push(text(value));
      }
      return length;
    }
    if (length % 2 !== 0) throw new TypeError(`${command} a flat array of keys and values must be of even length, got ${describeValue(toSet)}`);
    for (let i = 0; i < length; i += 2) {
      const key: unknown = toSet[i];
      const value: unknown = toSet[i + 1];
      if (!isArgument(key)) throw new TypeError(`${command} element ${i} of the flat array must be a string or a Buffer, got ${describeValue(key)}`);
      if (!isArgument(value)) throw new TypeError(`${command} element ${i + 1} of the flat array must be a string or a Buffer, got ${describeValue(value)}`);
      parser.pushKey(text(key));
      parser.push(text(value));
    }
    return length / 2;
  }
  if (typeof toSet !== 'object' || toSet === null || Buffer.isBuffer(toSet)) {
    throw new TypeError(`${command} the keys and values must be an array or an object, got ${describeValue(toSet)}`);
  }
  const keys = Object.keys(toSet);
  if (keys.length === 0) throw new TypeError(`${command} the keys and values must be a non-empty array or object, got ${describeValue(toSet)}`);
  for (const key of keys) {
    const value: unknown = toSet[key];
    if (!isArgument(value)) throw new TypeError(`${command} the value of ${JSON.stringify(key)} must be a string or a Buffer, got ${describeValue(value)}`);
    parser.pushKey(key);
    parser.push(text(value));
  }
  return keys.length;
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
    pushMSetPairs('MSET', parser, toSet);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
