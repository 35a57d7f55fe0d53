import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/**
 * `SPOP key`: removes and returns a random member, or null for a missing key.
 *
 * x's earlier form `sPop(key, count)` still sends `SPOP key count` and resolves with the members as
 * decoded (typed here as node-redis's one-member reply) — use `sPopCount` instead.
 */
export default {
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    /** @deprecated x's earlier form: use `sPopCount(key, count)`, node-redis's method. */
    count?: number,
  ) {
    parser.push('SPOP');
    parser.pushKey(key);
    if (count !== undefined) parser.push(numberArgument(count, 'SPOP count'));
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
