import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';
import { pushScanArguments, type ScanCommonOptions } from './helpers/scan';

/** One `HSCAN … NOVALUES` step: the next cursor (`'0'` when done) and the field names. */
export interface HScanNoValuesReply {
  cursor: string;
  fields: Array<string>;
}

/**
 * `HSCAN key cursor [MATCH pattern] [COUNT count] NOVALUES`: the field names only,
 * `{ cursor, fields }`. Redis 7.4+; not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, cursor: RedisArgument | number, options?: ScanCommonOptions) {
    parser.push('HSCAN');
    parser.pushKey(key);
    pushScanArguments(parser, numberArgument(cursor, 'HSCAN cursor'), options);
    parser.push('NOVALUES');
  },
  transformReply([cursor, fields]: [string, Array<string>]): HScanNoValuesReply {
    return { cursor, fields };
  },
} as const satisfies Command;
