import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import type { StreamDeletionPolicy, StreamDeletionReplyCode } from './helpers/stream-deletion';

/**
 * `XACKDEL key group [KEEPREF | DELREF | ACKED] IDS numids id [id …]`: acknowledges and deletes the
 * entries; a code per ID. Redis 8.2+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, group: RedisArgument, ids: RedisVariadicArgument, policy?: StreamDeletionPolicy) {
    parser.push('XACKDEL');
    parser.pushKey(key);
    parser.push(group);
    if (policy) parser.push(policy);
    parser.push('IDS');
    parser.pushVariadicWithLength(ids);
  },
  transformReply: undefined as unknown as () => Array<StreamDeletionReplyCode>,
} as const satisfies Command;
