import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { hashArgument, pushHashFields, type HashFields, type HashTypes } from './helpers/hash-fields';

export type { HashTypes } from './helpers/hash-fields';

/** Several fields at once: `{ field: value }`, a `Map`, `[[field, value], …]` or a flat array. */
export type HSetFields = HashFields;

/**
 * `HSET key field value [field value …]`: the number of fields added (not counting updated ones).
 * Every form node-redis takes: `hSet(key, field, value)`, or `hSet(key, fields)` with an object, a
 * Map, `[[field, value], …]` pairs or a flat `[field, value, …]` array (arrays may nest and mix, as
 * node-redis flattens them). Numbers go as their decimal text. A field or value of another type
 * (`hSet(key, { a: undefined })`) rejects the call with a TypeError naming the field; nothing is sent.
 */
export default {
  parseCommand(
    parser: CommandParser,
    ...[key, fieldOrFields, value]: [key: RedisArgument, field: HashTypes, value: HashTypes] | [key: RedisArgument, fields: HashFields]
  ) {
    parser.push('HSET');
    parser.pushKey(key);
    if (typeof fieldOrFields === 'string' || typeof fieldOrFields === 'number' || Buffer.isBuffer(fieldOrFields)) {
      parser.push(hashArgument(fieldOrFields, 'HSET', fieldOrFields, false), hashArgument(value, 'HSET', fieldOrFields, true));
    } else {
      if (value !== undefined) throw new TypeError('HSET: a value after the fields object, Map or array (give each value inside it)');
      pushHashFields(parser, fieldOrFields, 'HSET');
    }
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
