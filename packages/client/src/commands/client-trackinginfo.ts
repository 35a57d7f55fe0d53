import type { Command, CommandParser } from '@x/modules';

/** This connection's tracking state, as `CLIENT TRACKINGINFO` describes it. */
export interface ClientTrackingInfoReply {
  /** `off`, `on`, `bcast`, `optin`, … (a `Set` under the `SET` mapping in RESP3). */
  flags: Array<string>;
  /** The client id notifications go to (0: this one, -1: not tracking). */
  redirect: number;
  /** The BCAST prefixes. */
  prefixes: Array<string>;
}

/**
 * `CLIENT TRACKINGINFO`: `{ flags, redirect, prefixes }`. RESP2's flat array is read into the object;
 * RESP3 sends a map, which arrives as the type mapping shapes maps.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLIENT', 'TRACKINGINFO');
  },
  transformReply: {
    2: (reply: Array<unknown>): ClientTrackingInfoReply => ({
      flags: reply[1] as Array<string>,
      redirect: reply[3] as number,
      prefixes: reply[5] as Array<string>,
    }),
    3: undefined as unknown as () => ClientTrackingInfoReply,
  },
} as const satisfies Command;
