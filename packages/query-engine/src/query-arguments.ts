// Arguments every query command (FT.SEARCH, FT.AGGREGATE, FT.EXPLAIN, FT.SPELLCHECK, FT.PROFILE,
// FT.HYBRID) writes the same way: PARAMS, DIALECT, and `NAME count value…` lists.
import type { CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/**
 * The query dialect sent when the caller names none. node-redis sends `DIALECT 2` on every query (the
 * server's own default, 1, parses queries differently), so a query means the same on both clients.
 */
export const DEFAULT_DIALECT = '2';

/** `PARAMS` values by name, referred to in a query as `$name`. */
export type FtSearchParams = Record<string, RedisArgument | number>;

/** `PARAMS count name value …`, numbers as decimal text; nothing when `params` is absent. */
export function pushParams(parser: CommandParser, params: FtSearchParams | undefined): void {
  if (!params) return;
  parser.push('PARAMS');
  const flat: Array<RedisArgument> = [];
  for (const name in params) {
    if (!Object.hasOwn(params, name)) continue;
    const value = params[name]!;
    flat.push(name, typeof value === 'number' ? value.toString() : value);
  }
  parser.pushVariadicWithLength(flat);
}

/** `DIALECT n`: the caller's (when truthy) or {@link DEFAULT_DIALECT}. */
export function pushDialect(parser: CommandParser, dialect: number | undefined): void {
  parser.push('DIALECT', dialect ? dialect.toString() : DEFAULT_DIALECT);
}

/** `NAME count value…` when `values` is given (an empty array still sends `NAME 0`). */
export function pushCounted(parser: CommandParser, name: string, values: RedisVariadicArgument | undefined): void {
  if (values === undefined) return;
  parser.push(name);
  parser.pushVariadicWithLength(values);
}

/** A number as RediSearch reads a range bound: `±inf` for infinities; strings (`'(5'`) as given. */
export function rangeBound(bound: number | RedisArgument): RedisArgument {
  if (typeof bound !== 'number') return bound;
  if (bound === Infinity) return '+inf';
  if (bound === -Infinity) return '-inf';
  return bound.toString();
}

/** A string or Buffer argument (rather than an options object). */
export function isArgument(value: unknown): value is RedisArgument {
  return typeof value === 'string' || Buffer.isBuffer(value);
}
