import type { Command, CommandParser } from '@x/modules';
import { pushZKeysAndAggregate, sortedSetMembersReply, type ZAggregateOptions, type ZKeys } from './helpers/sorted-set';

/** `ZUNION numkeys key [key …] [WEIGHTS …] [AGGREGATE …] WITHSCORES`: `[{ value, score }]`. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, keys: ZKeys, options?: ZAggregateOptions) {
    parser.push('ZUNION');
    pushZKeysAndAggregate(parser, 'ZUNION', keys, options);
    parser.push('WITHSCORES');
  },
  transformReply: sortedSetMembersReply,
} as const satisfies Command;
