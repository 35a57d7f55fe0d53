import type { Command, CommandParser, RedisArgument } from '@x/modules';

/**
 * `CLUSTER KEYSLOT key`: the hash slot of a key. The server lists no key for it (any node answers),
 * but the key is recorded as node-redis records it, so a cluster sends it to the node owning that
 * slot.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('CLUSTER', 'KEYSLOT');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
