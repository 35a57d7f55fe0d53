import type { Command, CommandParser, MapReply, RedisArgument, TypeMapping } from '@x/modules';
import { flatToMapReply } from './helpers/map-reply';

/**
 * `HGETALL key`: every field and value — `{ field: value }` by default (an empty object for a
 * missing key), a `Map` or a flat array under the `MAP` type mapping. RESP2's flat array is shaped
 * like RESP3's map.
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('HGETALL');
    parser.pushKey(key);
  },
  transformReply: {
    2: (reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping) =>
      flatToMapReply<MapReply<string, string>>(reply, typeMapping),
    3: undefined as unknown as () => MapReply<string, string>,
  },
} as const satisfies Command;
