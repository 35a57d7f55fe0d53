import type { Command, CommandParser, MapReply, RedisArgument, TypeMapping } from '@x/modules';
import { tuplesReply } from './helpers/type-mapped-maps';

/**
 * `HGETALL key`: every field and value — `{ field: value }` by default (an empty object for a
 * missing key), a `Map` or a flat array under the `MAP` type mapping. RESP2's flat array is shaped
 * as node-redis shapes it (its object and Map keys are strings, also under `BLOB_STRING: Buffer`).
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('HGETALL');
    parser.pushKey(key);
  },
  transformReply: {
    2: (reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping) =>
      tuplesReply(reply, typeMapping) as MapReply<string, string>,
    3: undefined as unknown as () => MapReply<string, string>,
  },
} as const satisfies Command;
