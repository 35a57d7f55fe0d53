import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { objectArgument, stringArgument } from './helpers/arguments';

/** The condition of `DELEX`: the value equals / differs from `matchValue`, or its digest does. */
export interface DelExOptions {
  condition: 'IFEQ' | 'IFNE' | 'IFDEQ' | 'IFDNE';
  /** The value, or for `IFDEQ`/`IFDNE` the digest (see `digest`), to compare with. */
  matchValue: RedisArgument;
}

/**
 * `DELEX key [IFEQ v | IFNE v | IFDEQ d | IFDNE d]` (Redis 8.4+; not runnable on the 7.0 servers
 * these tests use): deletes the key if the condition holds; 1 if it did, else 0.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, options?: DelExOptions) {
    parser.push('DELEX');
    parser.pushKey(key);
    if (options === undefined) return;
    const o = objectArgument<{ condition?: unknown; matchValue?: unknown }>(options, 'DELEX options');
    parser.push(
      stringArgument(o.condition, 'DELEX condition'),
      stringArgument(o.matchValue, 'DELEX matchValue'),
    );
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
