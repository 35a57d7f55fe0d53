import type { Command, CommandParser, MapReply, RedisVariadicArgument, TypeMapping } from '@x/modules';
import { flatToMapReply } from './helpers/map-reply';

/**
 * `PUBSUB NUMSUB [channel …]`: `{ channel: subscribers }` (a `Map` or flat array under the `MAP`
 * type mapping). Both protocols send a flat array; it is shaped like a map.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, channels?: RedisVariadicArgument) {
    parser.push('PUBSUB', 'NUMSUB');
    if (channels !== undefined) parser.pushVariadic(channels);
  },
  transformReply: (reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping) =>
    flatToMapReply<MapReply<string, number>>(reply, typeMapping),
} as const satisfies Command;
