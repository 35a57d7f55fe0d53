import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** A hash field or value: strings, Buffers, or numbers (sent as decimal strings). */
export type HashTypes = RedisArgument | number;

/** Several fields at once: `{ field: value }`, a `Map`, `[[field, value], …]` or a flat array. */
export type HSetFields =
  | Record<string | number, HashTypes>
  | Map<HashTypes, HashTypes>
  | Array<[HashTypes, HashTypes]>
  | Array<HashTypes>;

function argument(value: HashTypes): RedisArgument {
  return typeof value === 'number' ? String(value) : value;
}

function pushFields(parser: CommandParser, fields: HSetFields): void {
  if (fields instanceof Map) {
    for (const [field, value] of fields) parser.push(argument(field), argument(value));
  } else if (Array.isArray(fields)) {
    for (const item of fields) {
      if (Array.isArray(item)) parser.push(argument(item[0]), argument(item[1]));
      else parser.push(argument(item));
    }
  } else {
    for (const field of Object.keys(fields)) parser.push(field, argument(fields[field]!));
  }
}

/**
 * `HSET key field value [field value …]`: the number of fields added (not counting updated ones).
 * `hSet(key, field, value)` or `hSet(key, fields)` with an object, a Map or an array of pairs.
 */
export default {
  parseCommand(
    parser: CommandParser,
    ...[key, fieldOrFields, value]: [key: RedisArgument, field: HashTypes, value: HashTypes] | [key: RedisArgument, fields: HSetFields]
  ) {
    parser.push('HSET');
    parser.pushKey(key);
    if (value !== undefined) parser.push(argument(fieldOrFields as HashTypes), argument(value));
    else pushFields(parser, fieldOrFields as HSetFields);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
