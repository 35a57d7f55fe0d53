import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';

/**
 * `SRANDMEMBER key`: a random member, or null for a missing key.
 *
 * x's earlier form `sRandMember(key, count)` still sends `SRANDMEMBER key count` and resolves with
 * the members as decoded (typed here as node-redis's one-member reply) — use `sRandMemberCount`.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    /** @deprecated x's earlier form: use `sRandMemberCount(key, count)`, node-redis's method. */
    count?: number,
  ) {
    parser.push('SRANDMEMBER');
    parser.pushKey(key);
    if (count !== undefined) parser.push(numberArgument(count, 'SRANDMEMBER count'));
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
