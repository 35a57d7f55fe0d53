import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** A flag `BLESS` sets on a key. */
export type BlessFlag = 'NO-EVICT';

/** `BLESS GET key`: the bless flags of the key. Redis 8.12+; not runnable on the 7.0 servers these tests use. */
export default {
  // node-redis routes it as a read (replica-safe): a keyed command without the write flag.
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('BLESS', 'GET');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
