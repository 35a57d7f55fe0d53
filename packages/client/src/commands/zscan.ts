import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushScanArguments, type ScanCommonOptions } from './helpers/scan';
import { flatToSortedSetMembersParsed, type SortedSetMember } from './helpers/sorted-set';

/** One `ZSCAN` step: the next cursor (`'0'` when done) and the members with their scores. */
export interface ZScanReply {
  cursor: string;
  members: Array<SortedSetMember>;
}

/**
 * `ZSCAN key cursor [MATCH pattern] [COUNT count]`. Both protocols send the members flat with the
 * scores as strings; they are parsed into numbers (whatever the type mapping, as node-redis does).
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, cursor: RedisArgument | number, options?: ScanCommonOptions) {
    parser.push('ZSCAN');
    parser.pushKey(key);
    pushScanArguments(parser, cursor, options);
  },
  transformReply([cursor, flat]: [string, Array<unknown>]): ZScanReply {
    return { cursor, members: flatToSortedSetMembersParsed(flat) };
  },
} as const satisfies Command;
