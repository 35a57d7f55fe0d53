import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** Where `GEOPOS` found a member (RESP2 sends the coordinates as strings, RESP3 as doubles). */
export interface GeoPosition {
  longitude: string;
  latitude: string;
}

/** `GEOPOS key member [member …]`: `[{ longitude, latitude }]`, null where a member is not there. */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, members: RedisVariadicArgument) {
    parser.push('GEOPOS');
    parser.pushKey(key);
    parser.pushVariadic(members);
  },
  transformReply: (reply: ReadonlyArray<[string, string] | null>): Array<GeoPosition | null> =>
    reply.map((item) => (item === null ? null : { longitude: item[0], latitude: item[1] })),
} as const satisfies Command;
