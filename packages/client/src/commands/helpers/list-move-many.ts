import type { CommandParser } from '@x/modules';
import { describeValue, numberArgument, tokenArgument } from './arguments';

/**
 * How `LMOVEM`/`BLMOVEM` order the moved elements at the destination: one by one (`OBO`, which
 * reverses the block, like a stack) or as a block (`BULK`, keeping the order, like a queue).
 */
export type LMoveMOrder = 'OBO' | 'BULK';

/** Move up to `COUNT` elements, or exactly `EXACTLY` (nothing, and a null reply, if fewer are there). */
export type LMoveMOptions = { COUNT: number; ORDER: LMoveMOrder } | { EXACTLY: number; ORDER: LMoveMOrder };

/** Pushes `COUNT|EXACTLY n OBO|BULK` when options are given (Redis refuses the count without the order). */
export function pushMoveManyOptions(parser: CommandParser, command: string, options: unknown): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object') {
    throw new TypeError(`${command} options must be { COUNT | EXACTLY, ORDER }, got ${describeValue(options)}`);
  }
  const o = options as { COUNT?: unknown; EXACTLY?: unknown; ORDER?: unknown };
  if ('EXACTLY' in o) parser.push('EXACTLY', numberArgument(o.EXACTLY, `${command} EXACTLY`));
  else parser.push('COUNT', numberArgument(o.COUNT, `${command} COUNT`));
  parser.push(tokenArgument(o.ORDER, ['OBO', 'BULK'], `${command} ORDER`));
}
