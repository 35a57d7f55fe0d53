import type { Command, CommandParser } from '@x/modules';
import { refusedOption } from './helpers/argument-errors';
import { pushZKeysAndAggregate, type ZAggregateOptions, type ZKeys } from './helpers/sorted-set';

/**
 * `ZINTER numkeys key [key …] [WEIGHTS weight …] [AGGREGATE SUM | MIN | MAX]`: the members of the
 * intersection. Keys plain or `{ key, weight }` (node-redis), or plain with x's `WEIGHTS` option.
 * With scores: `zInterWithScores` (x's earlier `{ WITHSCORES }` is refused).
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, keys: ZKeys, options?: ZAggregateOptions) {
    if ((options as { WITHSCORES?: unknown } | undefined)?.WITHSCORES !== undefined) throw refusedOption('ZINTER', 'WITHSCORES', 'zInterWithScores');
    parser.push('ZINTER');
    pushZKeysAndAggregate(parser, 'ZINTER', keys, options);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
