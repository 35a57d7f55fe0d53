// The `field value …` list of HSET and HSETEX in every form node-redis accepts: an object, a Map,
// `[[field, value], …]` pairs, or a flat `[field, value, field, value]` array (also mixed and
// nested, as node-redis flattens arrays at any depth). Each field and each value must be a string,
// a Buffer or a number (sent as its decimal text): anything else (`{ a: undefined }`) is refused
// with a TypeError naming the field, before anything is sent.
import type { RedisArgument } from '@x/modules';
import { describeValue } from './arguments';

/** A hash field or value: strings, Buffers, or numbers (sent as decimal strings). */
export type HashTypes = RedisArgument | number;

/** Several fields at once: `{ field: value }`, a `Map`, `[[field, value], …]` or a flat array. */
export type HashFields =
  | Record<string | number, HashTypes>
  | Map<HashTypes, HashTypes>
  | Array<[HashTypes, HashTypes]>
  | Array<HashTypes>;

function fieldName(field: unknown): string {
  return Buffer.isBuffer(field) ? JSON.stringify(field.toString()) : typeof field === 'string' ? JSON.stringify(field) : String(field);
}

/** A field or value as sent; `command` and `field` name it in the error for anything else. */
export function hashArgument(value: unknown, command: string, field: unknown, isValue: boolean): RedisArgument {
  if (typeof value === 'string' || Buffer.isBuffer(value)) return value;
  if (typeof value === 'number') return String(value);
  const what = isValue ? `the value of field ${fieldName(field)}` : `a field name (${describeValue(value)})`;
  throw new TypeError(`${command}: ${what} is ${describeValue(value)}; a hash field or value is a string, a Buffer or a number`);
}

/** Where the arguments go: a parser, or an array (HSETEX counts them first). */
interface Sink {
  push(...args: Array<RedisArgument>): unknown;
}

/** Flattens nested arrays into `out`, each leaf checked (a value's field is the leaf before it). */
function pushTuples(items: ReadonlyArray<unknown>, out: Sink, state: { count: number; last: unknown }, command: string): void {
  for (const item of items) {
    if (Array.isArray(item)) {
      pushTuples(item, out, state, command);
      continue;
    }
    const isValue = state.count % 2 === 1;
    out.push(hashArgument(item, command, state.last, isValue));
    state.count++;
    state.last = item;
  }
}

/**
 * Pushes `fields` as flat `field value …` arguments, each checked, and returns how many it pushed.
 * `command` names the command in errors. An odd-length flat array stays odd: the server refuses it
 * ("wrong number of arguments"), as it does for node-redis.
 */
export function pushHashFields(out: Sink, fields: unknown, command: string): number {
  if (fields instanceof Map) {
    for (const [field, value] of fields as Map<unknown, unknown>) {
      out.push(hashArgument(field, command, field, false), hashArgument(value, command, field, true));
    }
    return fields.size * 2;
  }
  if (Array.isArray(fields)) {
    const state = { count: 0, last: undefined as unknown };
    pushTuples(fields, out, state, command);
    return state.count;
  }
  if (fields !== null && typeof fields === 'object' && !Buffer.isBuffer(fields)) {
    const record = fields as Record<string, unknown>;
    const names = Object.keys(record);
    for (const field of names) out.push(field, hashArgument(record[field], command, field, true));
    return names.length * 2;
  }
  throw new TypeError(`${command}: the fields must be an object, a Map or an array, got ${describeValue(fields)}`);
}
