import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** node-redis's filter names (`CLIENT_KILL_FILTERS.SKIP_ME` is `'SKIPME'`). */
export const CLIENT_KILL_FILTERS = {
  ADDRESS: 'ADDR',
  LOCAL_ADDRESS: 'LADDR',
  ID: 'ID',
  TYPE: 'TYPE',
  USER: 'USER',
  SKIP_ME: 'SKIPME',
  MAXAGE: 'MAXAGE',
} as const;

/** A filter of `CLIENT KILL` in node-redis's shape. */
export type ClientKillFilter =
  | 'SKIPME'
  | { filter: 'ADDR'; address: `${string}:${number}` | RedisArgument }
  | { filter: 'LADDR'; localAddress: `${string}:${number}` | RedisArgument }
  | { filter: 'ID'; id: number | RedisArgument }
  | { filter: 'TYPE'; type: 'normal' | 'master' | 'replica' | 'pubsub' | (string & Record<never, never>) }
  | { filter: 'USER'; username: RedisArgument }
  | { filter: 'SKIPME'; skipMe: boolean }
  | { filter: 'MAXAGE'; maxAge: number };

/** A filter of `CLIENT KILL` in x's earlier shape (`{ type: 'ID', value: 5 }`). */
export type ClientKillTypedFilter =
  | { type: 'ID'; value: number }
  | { type: 'TYPE'; value: 'NORMAL' | 'MASTER' | 'SLAVE' | 'REPLICA' | 'PUBSUB' }
  | { type: 'USER' | 'ADDR' | 'LADDR' | 'SKIPME'; value: RedisArgument }
  | { type: 'MAXAGE'; value: number };

function pushFilter(parser: CommandParser, filter: ClientKillFilter | ClientKillTypedFilter): void {
  if (filter === 'SKIPME') {
    parser.push('SKIPME');
    return;
  }
  if (filter === null || typeof filter !== 'object') throw new TypeError('CLIENT KILL: each filter must be an object or "SKIPME"');
  if ('filter' in filter) {
    switch (filter.filter) {
      case 'ADDR':
        return parser.push('ADDR', filter.address);
      case 'LADDR':
        return parser.push('LADDR', filter.localAddress);
      case 'ID':
        return parser.push('ID', typeof filter.id === 'number' ? String(filter.id) : filter.id);
      case 'TYPE':
        return parser.push('TYPE', filter.type);
      case 'USER':
        return parser.push('USER', filter.username);
      case 'SKIPME':
        return parser.push('SKIPME', filter.skipMe ? 'yes' : 'no');
      case 'MAXAGE':
        return parser.push('MAXAGE', String(filter.maxAge));
      default:
        throw new TypeError(`CLIENT KILL: unknown filter ${String((filter as { filter: unknown }).filter)}`);
    }
  }
  if (typeof filter.type !== 'string' || filter.value === undefined) throw new TypeError('CLIENT KILL: a filter needs { filter, … } or { type, value }');
  parser.push(filter.type, typeof filter.value === 'number' ? String(filter.value) : filter.value);
}

/**
 * `CLIENT KILL <filter …>`: closes the connections that match every filter; how many. node-redis's
 * filters (`{ filter: 'ID', id }`, `{ filter: 'SKIPME', skipMe: true }`, `'SKIPME'`, one or an
 * array), x's earlier `{ type, value }` filters, and the old `clientKill('ip:port')` form (`'OK'`).
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(
    parser: CommandParser,
    filters: ClientKillFilter | ClientKillTypedFilter | RedisArgument | Array<ClientKillFilter | ClientKillTypedFilter>,
  ) {
    parser.push('CLIENT', 'KILL');
    if (Buffer.isBuffer(filters) || (typeof filters === 'string' && filters !== 'SKIPME')) {
      parser.push(filters);
    } else if (Array.isArray(filters)) {
      for (const filter of filters) pushFilter(parser, filter);
    } else {
      pushFilter(parser, filters as ClientKillFilter | ClientKillTypedFilter);
    }
  },
  transformReply: undefined as unknown as () => number | 'OK',
} as const satisfies Command;
