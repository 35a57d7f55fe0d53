import type { Command, CommandParser, RedisArgument } from '@x/modules';
import type { GeoUnits } from './helpers/geo';

/** `GEODIST key member1 member2 [M | KM | FT | MI]`: the distance as a number, or null when a member is missing. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, member1: RedisArgument, member2: RedisArgument, unit?: GeoUnits) {
    parser.push('GEODIST');
    parser.pushKey(key);
    parser.push(member1, member2);
    if (unit) parser.push(unit);
  },
  // Parsed with Number whatever the type mapping, as node-redis does.
  transformReply: (reply: unknown): number | null => (reply === null ? null : Number(reply)),
} as const satisfies Command;
