import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './helpers/arguments';
import { hashEntries, type HashEntry } from './hscan';

/** What `hRandFieldCountWithValues` resolves with: `[{ field, value }, …]`. */
export type HRandFieldCountWithValuesReply = Array<HashEntry>;

/**
 * `HRANDFIELD key count WITHVALUES`: random fields with their values, `[{ field, value }]` (RESP2's
 * flat array and RESP3's pairs alike); an empty array for a missing key.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, count: number) {
    parser.push('HRANDFIELD');
    parser.pushKey(key);
    parser.push(numberArgument(count, 'HRANDFIELD count'), 'WITHVALUES');
  },
  transformReply: {
    2: (reply: Array<unknown>): HRandFieldCountWithValuesReply => hashEntries(reply),
    3: (reply: Array<[unknown, unknown]>): HRandFieldCountWithValuesReply =>
      reply.map(([field, value]) => ({ field: field as string, value: value as string })),
  },
} as const satisfies Command;
