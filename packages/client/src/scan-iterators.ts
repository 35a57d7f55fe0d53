import type { RedisArgument } from '@x/modules';
import type { CommandOptions } from './options';

/** Options of `hScanIterator`, `sScanIterator` and `zScanIterator`. */
export interface ScanIteratorOptions {
  /** Only elements matching this glob-style pattern. */
  MATCH?: RedisArgument;
  /** A hint of how many elements one step looks at (the server's default is 10). */
  COUNT?: number;
  /** Start from this cursor instead of `'0'`. */
  cursor?: RedisArgument;
}

/** Options of `scanIterator`. */
export interface KeyScanIteratorOptions extends ScanIteratorOptions {
  /** Only keys of this type (`string`, `hash`, `zset`, …). */
  TYPE?: RedisArgument;
}

/** A hash field and its value. */
export interface HashScanEntry<T = string> {
  field: T;
  value: T;
}

/** A sorted set member and its score. */
export interface SortedSetScanMember<T = string> {
  value: T;
  score: number;
}

/** What the iterators send with: a client (or an options view of it, whose type mapping applies). */
export interface ScanSender {
  sendCommand<T = unknown>(args: ReadonlyArray<RedisArgument>, options?: CommandOptions): Promise<T>;
}

type Step = [cursor: RedisArgument, elements: Array<RedisArgument>];

/**
 * Calls `SCAN`-like commands until the cursor comes back to 0, yielding each step's elements as they
 * arrive (a step may be empty; an element may come twice, as the server may return it twice).
 * `build(cursor)` makes one step's arguments.
 */
async function* steps(
  sender: ScanSender,
  build: (cursor: RedisArgument) => RedisArgument[],
  start: RedisArgument | undefined,
): AsyncGenerator<Array<RedisArgument>, void, undefined> {
  let cursor: RedisArgument = start ?? '0';
  do {
    const [next, elements] = await sender.sendCommand<Step>(build(cursor));
    cursor = next;
    yield elements;
    // With a Buffer type mapping the cursor is a Buffer: compare its text.
  } while (cursor.toString() !== '0');
}

function pushOptions(args: RedisArgument[], options: Pick<KeyScanIteratorOptions, 'MATCH' | 'COUNT' | 'TYPE'> | undefined): RedisArgument[] {
  if (options?.MATCH !== undefined) args.push('MATCH', options.MATCH);
  if (options?.COUNT !== undefined) args.push('COUNT', String(options.COUNT));
  if (options?.TYPE !== undefined) args.push('TYPE', options.TYPE);
  return args;
}

/**
 * One `SCAN cursor [MATCH pattern] [COUNT count] [TYPE type]` step's arguments.
 * @internal For @x/cluster, whose scans build the same arguments for each master.
 */
export function scanArguments(cursor: RedisArgument, options: Pick<KeyScanIteratorOptions, 'MATCH' | 'COUNT' | 'TYPE'> | undefined): RedisArgument[] {
  return pushOptions(['SCAN', cursor], options);
}

/** `SCAN` over the keyspace: yields the keys of each step. */
export function scanKeys(sender: ScanSender, options?: KeyScanIteratorOptions): AsyncGenerator<Array<RedisArgument>, void, undefined> {
  return steps(sender, (cursor) => scanArguments(cursor, options), options?.cursor);
}

/** `SSCAN key`: yields the members of each step. */
export function scanSet(sender: ScanSender, key: RedisArgument, options?: ScanIteratorOptions): AsyncGenerator<Array<RedisArgument>, void, undefined> {
  return steps(sender, (cursor) => pushOptions(['SSCAN', key, cursor], { ...options, TYPE: undefined }), options?.cursor);
}

/** `HSCAN key`: yields the `{ field, value }` entries of each step. */
export async function* scanHash(
  sender: ScanSender,
  key: RedisArgument,
  options?: ScanIteratorOptions,
): AsyncGenerator<Array<HashScanEntry<RedisArgument>>, void, undefined> {
  for await (const flat of steps(sender, (cursor) => pushOptions(['HSCAN', key, cursor], { ...options, TYPE: undefined }), options?.cursor)) {
    const entries: Array<HashScanEntry<RedisArgument>> = new Array(flat.length / 2);
    for (let i = 0, j = 0; i < flat.length; i += 2, j++) entries[j] = { field: flat[i]!, value: flat[i + 1]! };
    yield entries;
  }
}

/**
 * `HSCAN key`: yields the values of each step, without their fields (node-redis's
 * `hScanValuesIterator`).
 */
export async function* scanHashValues(
  sender: ScanSender,
  key: RedisArgument,
  options?: ScanIteratorOptions,
): AsyncGenerator<Array<RedisArgument>, void, undefined> {
  for await (const flat of steps(sender, (cursor) => pushOptions(['HSCAN', key, cursor], { ...options, TYPE: undefined }), options?.cursor)) {
    const values: Array<RedisArgument> = new Array(flat.length >> 1);
    for (let i = 1, j = 0; i < flat.length; i += 2, j++) values[j] = flat[i]!;
    yield values;
  }
}

/**
 * `HSCAN key … NOVALUES`: yields the field names of each step, the server sending no values
 * (node-redis's `hScanNoValuesIterator`; Redis 7.4+, an older server refuses the first step).
 */
export function scanHashFields(sender: ScanSender, key: RedisArgument, options?: ScanIteratorOptions): AsyncGenerator<Array<RedisArgument>, void, undefined> {
  return steps(sender, (cursor) => pushOptions(['HSCAN', key, cursor], { ...options, TYPE: undefined }).concat('NOVALUES'), options?.cursor);
}

/** What a cluster sends with: node-redis's `sendCommand(firstKey, isReadonly, args, options)`. */
export interface KeyedSender {
  sendCommand<T = unknown>(firstKey: RedisArgument | undefined, isReadonly: boolean | undefined, args: ReadonlyArray<RedisArgument>, options?: CommandOptions): Promise<T>;
}

/**
 * A {@link ScanSender} that sends every step to the master of `key`'s slot: a cursor is only
 * meaningful to the node that made it, so a cluster's `hScanIterator` & co. must not let steps go to
 * different replicas (node-redis's cluster iterators scan on the master too).
 */
export function keyMasterSender(cluster: KeyedSender, key: RedisArgument): ScanSender {
  return { sendCommand: <T>(args: ReadonlyArray<RedisArgument>, options?: CommandOptions) => cluster.sendCommand<T>(key, false, args, options) };
}

/** `ZSCAN key`: yields the `{ value, score }` members of each step. */
export async function* scanSortedSet(
  sender: ScanSender,
  key: RedisArgument,
  options?: ScanIteratorOptions,
): AsyncGenerator<Array<SortedSetScanMember<RedisArgument>>, void, undefined> {
  for await (const flat of steps(sender, (cursor) => pushOptions(['ZSCAN', key, cursor], { ...options, TYPE: undefined }), options?.cursor)) {
    const members: Array<SortedSetScanMember<RedisArgument>> = new Array(flat.length / 2);
    for (let i = 0, j = 0; i < flat.length; i += 2, j++) members[j] = { value: flat[i]!, score: parseScore(flat[i + 1]!) };
    yield members;
  }
}

/** A score as Redis writes it: a decimal, `inf` or `-inf` (both protocols send ZSCAN scores as strings). */
function parseScore(raw: RedisArgument): number {
  const text = raw.toString();
  if (text === 'inf' || text === '+inf') return Infinity;
  if (text === '-inf') return -Infinity;
  return Number(text);
}
