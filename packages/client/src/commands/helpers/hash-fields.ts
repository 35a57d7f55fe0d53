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

/**
 * A field or value as sent; `command` and `field` name it in the error for anything else. Small on
 * purpose (the error is built elsewhere) so it inlines: HSET calls it for every field and value.
 */
export function hashArgument(value: unknown, command: string, field: unknown, isValue: boolean): RedisArgument {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Buffer.isBuffer(value)) return value;
  throw refused(value, command, field, isValue);
}

function refused(value: unknown, command: string, field: unknown, isValue: boolean): TypeError {
  const what = isValue ? `the value of field ${fieldName(field)}` : `a field name (${describeValue(value)})`;
  return new TypeError(`${command}: ${what} is ${describeValue(value)}; a hash field or value is a string, a Buffer or a number`);
}

/** Where the arguments go: a parser, or an array (HSETEX counts them first). */
interface Sink {
  push(...args: Array<RedisArgument>): unknown;
}

/**
 * Pushes the leaves of nested arrays, each checked (a value's field is the leaf before it); `state`
 * carries how many were pushed and the last one across the nesting.
 */
function pushTuples(items: ReadonlyArray<unknown>, out: Sink, command: string, state: { count: number; last: unknown }): void {
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (Array.isArray(item)) {
      // The usual [field, value] pair, without a call of its own.
      if (item.length === 2 && (state.count & 1) === 0 && !Array.isArray(item[0]) && !Array.isArray(item[1])) {
        out.push(hashArgument(item[0], command, item[0], false), hashArgument(item[1], command, item[0], true));
        state.count += 2;
        state.last = item[1];
      } else {
        pushTuples(item, out, command, state);
      }
      continue;
    }
    const isValue = (state.count & 1) === 1;
    out.push(hashArgument(item, command, isValue ? state.last : undefined, isValue));
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
    pushTuples(fields, out, command, state);
    return state.count;
  }
  if (fields !== null && typeof fields === 'object' && !Buffer.isBuffer(fields)) {
    const record = fields as Record<string, unknown>;
    const names = Object.keys(record);
    for (let i = 0; i < names.length; i++) {
      const field = names[i]!;
      out.push(field, hashArgument(record[field], command, field, true));
    }
    return names.length * 2;
  }
  throw new TypeError(`${command}: the fields must be an object, a Map or an array, got ${describeValue(fields)}`);
}
