import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { integerLike, invalidArgument, isPlainObject, isRedisArgument } from './helpers/argument-errors';
import type { StreamDeletionPolicy } from './helpers/stream-deletion';

/** Trimming applied while adding (`MAXLEN`/`MINID`), node-redis's shape. */
export interface XAddTrimOptions {
  /** Trim by length (`MAXLEN`) or by smallest ID kept (`MINID`); x defaults to `MAXLEN`. */
  strategy?: 'MAXLEN' | 'MINID';
  /** `'~'`: trim approximately (faster); `'='`: exactly. */
  strategyModifier?: '=' | '~';
  /** The length, or the smallest ID kept. */
  threshold: number | RedisArgument;
  /** With `'~'`: the most entries evicted in one call. */
  limit?: number;
  /** Redis 8.2+: what happens to the groups' references to trimmed entries. */
  policy?: StreamDeletionPolicy;
}

/** Options of `XADD`. */
export interface XAddOptions {
  /** Redis 8.2+: what happens to the groups' references to entries trimmed by this call. */
  policy?: StreamDeletionPolicy;
  /** Redis 8.6+: idempotent add, the server makes the idempotency ID (`IDMPAUTO pid`). */
  IDMPAUTO?: { pid: RedisArgument };
  /** Redis 8.6+: idempotent add with your idempotency ID (`IDMP pid iid`). */
  IDMP?: { pid: RedisArgument; iid: RedisArgument };
  /** Trim while adding. */
  TRIM?: XAddTrimOptions;
}

/**
 * The fields of a new entry: a record (node-redis's form), or x's own `[field, value]` pairs or flat
 * `[field, value, …]` array (the forms `MSET` takes). node-redis reads an array as a record and
 * would write its indexes as field names; x writes the pairs.
 */
export type XAddMessage =
  | Record<string, RedisArgument>
  | ReadonlyArray<readonly [RedisArgument, RedisArgument]>
  | ReadonlyArray<RedisArgument>;

/** Pushes `XADD key [NOMKSTREAM] [policy] [IDMPAUTO … | IDMP …] [MAXLEN | MINID [= | ~] threshold [LIMIT n] [policy]] id field value …`. */
export function pushXAddArguments(
  parser: CommandParser,
  command: string,
  noMkStream: boolean,
  key: RedisArgument,
  id: RedisArgument,
  message: XAddMessage,
  options: XAddOptions | undefined,
): void {
  parser.push('XADD');
  parser.pushKey(key);
  if (noMkStream) parser.push('NOMKSTREAM');
  if (options !== undefined) pushXAddOptions(parser, command, options);
  parser.push(id);
  pushMessage(parser, command, message);
}

/** Pushes `[policy] [IDMPAUTO pid | IDMP pid iid] [MAXLEN | MINID [= | ~] threshold [LIMIT n] [policy]]`. */
function pushXAddOptions(parser: CommandParser, command: string, options: XAddOptions): void {
  if (options.policy) parser.push(options.policy);
  if (options.IDMPAUTO) parser.push('IDMPAUTO', options.IDMPAUTO.pid);
  else if (options.IDMP) parser.push('IDMP', options.IDMP.pid, options.IDMP.iid);
  const trim = options.TRIM;
  if (!trim) return;
  if (!isPlainObject(trim) || trim.threshold === undefined) throw invalidArgument(command, 'options.TRIM', '{ strategy, threshold }', trim);
  parser.push(trim.strategy ?? 'MAXLEN');
  if (trim.strategyModifier) parser.push(trim.strategyModifier);
  parser.push(integerLike(command, 'options.TRIM.threshold', trim.threshold));
  if (trim.limit !== undefined) parser.push('LIMIT', integerLike(command, 'options.TRIM.limit', trim.limit));
  if (trim.policy) parser.push(trim.policy);
}

// On the hot path of every xAdd: a record (node-redis's form) is checked with plain typeofs and its
// fields pushed in one loop; the array forms and the error messages live apart.
function pushMessage(parser: CommandParser, command: string, message: unknown): void {
  if (Array.isArray(message)) {
    pushMessageArray(parser, command, message);
    return;
  }
  if (typeof message !== 'object' || message === null || Buffer.isBuffer(message)) {
    throw invalidArgument(command, 'message', 'a record of fields', message);
  }
  const record = message as Record<string, unknown>;
  const fields = Object.keys(record);
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const value = record[field];
    if (typeof value !== 'string' && !Buffer.isBuffer(value)) throw invalidArgument(command, `message.${field}`, 'a string or a Buffer', value);
    parser.push(field, value);
  }
}

function pushMessageArray(parser: CommandParser, command: string, message: ReadonlyArray<unknown>): void {
  if (message.length > 0 && Array.isArray(message[0])) {
    for (let i = 0; i < message.length; i++) {
      const pair = message[i] as unknown;
      if (!Array.isArray(pair) || pair.length !== 2 || !isRedisArgument(pair[0]) || !isRedisArgument(pair[1])) {
        throw invalidArgument(command, `message[${i}]`, 'a [field, value] pair', pair);
      }
      parser.push(pair[0], pair[1]);
    }
    return;
  }
  if (message.length % 2 !== 0) throw invalidArgument(command, 'message', 'a flat [field, value, …] array of even length', message);
  for (let i = 0; i < message.length; i++) {
    if (!isRedisArgument(message[i])) throw invalidArgument(command, `message[${i}]`, 'a string or a Buffer', message[i]);
  }
  parser.pushVariadic(message as Array<RedisArgument>);
}

/**
 * `XADD key [MAXLEN | MINID [= | ~] threshold [LIMIT count]] id field value [field value …]`: the ID
 * of the new entry. `id` is usually `'*'` (let the server choose). The fields: a record, or `[field,
 * value]` pairs / a flat array (x's own forms).
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, id: RedisArgument, message: XAddMessage, options?: XAddOptions) {
    pushXAddArguments(parser, 'XADD', false, key, id, message, options);
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
