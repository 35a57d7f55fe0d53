import type { Command, CommandParser, MapReply, RedisArgument } from '@x/modules';

/** One consumer of `XINFO CONSUMERS` (RESP2, reshaped as node-redis does). */
export interface XInfoConsumer {
  name: string;
  /** Entries delivered to it and not acknowledged yet. */
  pending: number;
  /** Milliseconds since it last tried to read. */
  idle: number;
  /** Milliseconds since it last read something (-1: never). */
  inactive: number;
}

/** The RESP3 reply: one map per consumer (a plain object, a Map or a flat array per the `MAP` mapping). */
export type XInfoConsumersReplyResp3 = Array<MapReply<'name' | 'pending' | 'idle' | 'inactive', string | number>>;

/**
 * `XINFO CONSUMERS key group`: the group's consumers. RESP2's flat arrays become
 * `{ name, pending, idle, inactive }` objects; RESP3's maps stay as decoded (as node-redis does).
 */
export default {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, group: RedisArgument) {
    parser.push('XINFO', 'CONSUMERS');
    parser.pushKey(key);
    parser.push(group);
  },
  transformReply: {
    2: (reply: Array<Array<unknown>>): Array<XInfoConsumer> =>
      reply.map((consumer) => ({
        name: consumer[1] as string,
        pending: consumer[3] as number,
        idle: consumer[5] as number,
        inactive: consumer[7] as number,
      })),
    3: undefined as unknown as () => XInfoConsumersReplyResp3,
  },
} as const satisfies Command;
