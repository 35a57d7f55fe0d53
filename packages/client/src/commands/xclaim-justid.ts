import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { pushXClaimArguments, type XClaimOptions } from './xclaim';

/** `XCLAIM key group consumer min-idle-time id [id …] [options] JUSTID`: the IDs claimed. */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    group: RedisArgument,
    consumer: RedisArgument,
    minIdleTime: number | RedisArgument,
    ids: RedisVariadicArgument,
    options?: XClaimOptions,
  ) {
    pushXClaimArguments(parser, key, group, consumer, minIdleTime, ids, options);
    parser.push('JUSTID');
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
