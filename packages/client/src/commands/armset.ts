import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `ARMSET`'s index/value pairs: an object, a `Map`, or `[index, value]` tuples. */
export type ArMSetEntries =
  | Record<string | number, RedisArgument>
  | Map<number | string, RedisArgument>
  | Array<[number | string, RedisArgument]>;

/** `ARMSET key index value [index value …]`: sets each element; how many were newly set. Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, entries: ArMSetEntries) {
    parser.push('ARMSET');
    parser.pushKey(key);
    if (entries instanceof Map || Array.isArray(entries)) {
      for (const [index, value] of entries) parser.push(String(index), value);
    } else {
      for (const index of Object.keys(entries)) parser.push(index, entries[index]!);
    }
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
