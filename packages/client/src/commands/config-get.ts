import type { Command, CommandParser, MapReply, RedisVariadicArgument, TypeMapping } from '@x/modules';
import { flatToMapReply } from './helpers/map-reply';

/**
 * `CONFIG GET parameter [parameter …]` (globs allowed): `{ name: value }` — a `Map` or flat array
 * under the `MAP` type mapping. RESP2's flat array is shaped like RESP3's map.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, parameters: RedisVariadicArgument) {
    parser.push('CONFIG', 'GET');
    parser.pushVariadic(parameters);
  },
  transformReply: {
    2: (reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping) =>
      flatToMapReply<MapReply<string, string>>(reply, typeMapping),
    3: undefined as unknown as () => MapReply<string, string>,
  },
} as const satisfies Command;
