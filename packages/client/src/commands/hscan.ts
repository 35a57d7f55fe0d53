import type { Command, CommandParser, RedisArgument } from '@x/modules';
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

/** `HSCAN key cursor [MATCH pattern] [COUNT count]`. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, cursor: RedisArgument | number, options?: ScanCommonOptions) {
    parser.push('HSCAN');
    parser.pushKey(key);
    pushScanArguments(parser, cursor, options);
  },
  transformReply([cursor, flat]: [string, Array<string>]): HScanReply {
    const entries: Array<HashEntry> = new Array(flat.length / 2);
    for (let i = 0, j = 0; i < flat.length; i += 2, j++) entries[j] = { field: flat[i]!, value: flat[i + 1]! };
    return { cursor, entries };
  },
} as const satisfies Command;
