import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';
import { pushScanArguments, type ScanCommonOptions } from './helpers/scan';

/** One field of a hash. */
export interface HashEntry {
  field: string;
  value: string;
}

/** One `HSCAN` step: the next cursor (`'0'` when done) and the entries. */
export interface HScanReply {
  cursor: string;
  entries: Array<HashEntry>;
}

/** `[field, value, field, value, …]` → `[{ field, value }, …]`. */
export function hashEntries(flat: ReadonlyArray<unknown>): Array<HashEntry> {
  const entries: Array<HashEntry> = new Array(flat.length >> 1);
  for (let i = 0, j = 0; i < flat.length; i += 2, j++) entries[j] = { field: flat[i] as string, value: flat[i + 1] as string };
  return entries;
}

/**
 * `HSCAN key cursor [MATCH pattern] [COUNT count]`: `{ cursor, entries: [{ field, value }] }`, the
 * same in both protocols. The cursor may also be a number (x's form).
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, cursor: RedisArgument | number, options?: ScanCommonOptions) {
    parser.push('HSCAN');
    parser.pushKey(key);
    pushScanArguments(parser, numberArgument(cursor, 'HSCAN cursor'), options);
  },
  transformReply([cursor, flat]: [string, Array<string>]): HScanReply {
    return { cursor, entries: hashEntries(flat) };
  },
} as const satisfies Command;
