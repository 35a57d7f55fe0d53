import type { CommandParser, RedisArgument } from '@x/modules';

/** Options of `HSCAN`, `SSCAN`, `ZSCAN` (and `SCAN`). */
export interface ScanCommonOptions {
  /** A glob-style pattern the returned elements match. */
  MATCH?: string;
  /** A hint of how much work one call does. */
  COUNT?: number;
}

/** Pushes `cursor [MATCH pattern] [COUNT count]`. */
export function pushScanArguments(parser: CommandParser, cursor: RedisArgument | number, options?: ScanCommonOptions): void {
  parser.push(typeof cursor === 'number' ? String(cursor) : cursor);
  if (options?.MATCH !== undefined) parser.push('MATCH', options.MATCH);
  if (options?.COUNT !== undefined) parser.push('COUNT', String(options.COUNT));
}
