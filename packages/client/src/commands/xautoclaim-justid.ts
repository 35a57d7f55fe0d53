import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushXAutoClaimArguments, type XAutoClaimOptions } from './xautoclaim';

/** What `XAUTOCLAIM … JUSTID` returns. */
export interface XAutoClaimJustIdReply {
  nextId: string;
  /** The IDs claimed. */
  messages: Array<string>;
  deletedMessages: Array<string>;
}

/** `XAUTOCLAIM key group consumer min-idle-time start [COUNT count] JUSTID`: `{ nextId, messages: [id], deletedMessages }`. */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    group: RedisArgument,
    consumer: RedisArgument,
    minIdleTime: number | RedisArgument,
    start: RedisArgument,
    options?: XAutoClaimOptions,
  ) {
    pushXAutoClaimArguments(parser, key, group, consumer, minIdleTime, start, options);
    parser.push('JUSTID');
  },
  transformReply: (reply: [string, Array<string>, Array<string>]): XAutoClaimJustIdReply => ({
    nextId: reply[0],
    messages: reply[1],
    deletedMessages: reply[2],
  }),
} as const satisfies Command;
