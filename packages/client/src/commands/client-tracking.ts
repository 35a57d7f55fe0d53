import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/** Options of `CLIENT TRACKING ON`. */
export interface ClientTrackingOptions {
  /** Send the invalidation messages to this client id (required for RESP2 to get them). */
  REDIRECT?: number;
  /** Broadcasting mode: notify on every key with one of `PREFIX`, whether read or not. */
  BCAST?: boolean;
  /** With BCAST: only keys with these prefixes. */
  PREFIX?: RedisVariadicArgument;
  /** Track only the keys of commands after `CLIENT CACHING YES`. */
  OPTIN?: boolean;
  /** Track every key except those of commands after `CLIENT CACHING NO`. */
  OPTOUT?: boolean;
  /** No notifications for keys this connection changed itself. */
  NOLOOP?: boolean;
}

/**
 * `CLIENT TRACKING ON | OFF [REDIRECT id] [BCAST] [PREFIX p …] [OPTIN] [OPTOUT] [NOLOOP]`: server-assisted
 * client-side caching for this connection; `'OK'`. node-redis's form: a boolean; x's earlier
 * `'ON'`/`'OFF'` works too. Options are sent in node-redis's order; x also sends the ones node-redis
 * drops without saying (PREFIX without BCAST, OPTIN with OPTOUT, options with OFF), so the server
 * refuses a combination it does not accept instead of the client changing the request.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, mode: boolean | 'ON' | 'OFF', options?: ClientTrackingOptions) {
    parser.push('CLIENT', 'TRACKING', typeof mode === 'string' ? mode : mode ? 'ON' : 'OFF');
    if (options === undefined) return;
    if (options.REDIRECT !== undefined) parser.push('REDIRECT', String(options.REDIRECT));
    if (options.BCAST) parser.push('BCAST');
    if (options.PREFIX !== undefined) {
      for (const prefix of Array.isArray(options.PREFIX) ? options.PREFIX : [options.PREFIX]) parser.push('PREFIX', prefix);
    }
    if (options.OPTIN) parser.push('OPTIN');
    if (options.OPTOUT) parser.push('OPTOUT');
    if (options.NOLOOP) parser.push('NOLOOP');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
