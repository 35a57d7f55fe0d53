import type { CommandParser, RedisArgument } from '@x/modules';
import { numberArgument, objectArgument, optionsArgument, stringArgument } from './arguments';

/** Options of `SORT`, `SORT_RO` and `sortStore`. */
export interface SortOptions {
  /** Sort by the values of these keys (`*` replaced by each element), or `'nosort'`. */
  BY?: RedisArgument;
  LIMIT?: { offset: number; count: number };
  /** Return the values of these keys (`#` is the element itself) instead of the elements. */
  GET?: RedisArgument | Array<RedisArgument>;
  DIRECTION?: 'ASC' | 'DESC';
  /** x's earlier name for `DIRECTION` (kept working). */
  order?: 'ASC' | 'DESC';
  /** Sort as strings, not numbers. */
  ALPHA?: boolean;
}

/** Pushes `key [BY p] [LIMIT o c] [GET p …] [ASC | DESC] [ALPHA]`, recording the key. */
export function pushSortArguments(command: string, parser: CommandParser, key: RedisArgument, options?: SortOptions): void {
  parser.pushKey(key);
  const o = optionsArgument<SortOptions>(options, `${command} options`);
  if (o === undefined) return;
  if (o.BY) parser.push('BY', o.BY);
  if (o.LIMIT) {
    const limit = objectArgument<{ offset?: unknown; count?: unknown }>(o.LIMIT, `${command} LIMIT`);
    parser.push('LIMIT', numberArgument(limit.offset, `${command} LIMIT.offset`), numberArgument(limit.count, `${command} LIMIT.count`));
  }
  if (o.GET) {
    if (Array.isArray(o.GET)) for (const pattern of o.GET) parser.push('GET', pattern);
    else parser.push('GET', o.GET);
  }
  const direction = o.DIRECTION ?? o.order;
  if (direction) parser.push(stringArgument(direction, `${command} DIRECTION`));
  // x's earlier SORT took STORE among its options; its reply is then a count, not the elements, so it
  // is `sortStore` now — refused rather than ignored (that would sort without storing).
  if ((o as { STORE?: unknown }).STORE !== undefined) {
    throw new TypeError(`${command} STORE is not an option; use sortStore(source, destination, options)`);
  }
  if (o.ALPHA) parser.push('ALPHA');
}
