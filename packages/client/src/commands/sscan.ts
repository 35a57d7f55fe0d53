import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';
import { pushScanArguments, type ScanCommonOptions } from './helpers/scan';

/** One `SSCAN` step: the next cursor (`'0'` when done) and the members. */
export interface SScanReply {
  cursor: string;
  members: Array<string>;
}

/** `SSCAN key cursor [MATCH pattern] [COUNT count]`: `{ cursor, members }`. The cursor may be a number (x's form). */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, cursor: RedisArgument | number, options?: ScanCommonOptions) {
    parser.push('SSCAN');
    parser.pushKey(key);
    pushScanArguments(parser, numberArgument(cursor, 'SSCAN cursor'), options);
  },
  transformReply([cursor, members]: [string, Array<string>]): SScanReply {
    return { cursor, members };
  },
} as const satisfies Command;
