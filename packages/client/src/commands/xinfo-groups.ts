import type { Command, CommandParser, MapReply, RedisArgument } from '@x/modules';

/** One group of `XINFO GROUPS` (RESP2, reshaped as node-redis does). */
export interface XInfoGroup {
  name: string;
  consumers: number;
  pending: number;
  'last-delivered-id': string;
  'entries-read': number | null;
  lag: number;
}

/** The RESP3 reply: one map per group (a plain object, a Map or a flat array per the `MAP` mapping). */
export type XInfoGroupsReplyResp3 = Array<
  MapReply<'name' | 'consumers' | 'pending' | 'last-delivered-id' | 'entries-read' | 'lag', string | number | null>
>;

/**
 * `XINFO GROUPS key`: the stream's consumer groups. RESP2's flat arrays become objects; RESP3's maps
 * stay as decoded (as node-redis does). Not cacheable: group changes invalidate no key.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: false,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('XINFO', 'GROUPS');
    parser.pushKey(key);
  },
  transformReply: {
    2: (reply: Array<Array<unknown>>): Array<XInfoGroup> =>
      reply.map((group) => ({
        name: group[1] as string,
        consumers: group[3] as number,
        pending: group[5] as number,
        'last-delivered-id': group[7] as string,
        'entries-read': group[9] as number | null,
        lag: group[11] as number,
      })),
    3: undefined as unknown as () => XInfoGroupsReplyResp3,
  },
} as const satisfies Command;
