import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushZKeysAndAggregate, type ZAggregateOptions, type ZKeys } from './helpers/sorted-set';

/**
 * `ZUNIONSTORE destination numkeys key [key …] [WEIGHTS …] [AGGREGATE …]`: stores the union; the
 * number of members stored. Keys plain or `{ key, weight }`, or plain with x's `WEIGHTS` option.
 */
export default {
  parseCommand(parser: CommandParser, destination: RedisArgument, keys: ZKeys, options?: ZAggregateOptions) {
    parser.push('ZUNIONSTORE');
    parser.pushKey(destination);
    pushZKeysAndAggregate(parser, 'ZUNIONSTORE', keys, options);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
