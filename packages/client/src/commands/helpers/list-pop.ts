import type { CommandParser, RedisVariadicArgument } from '@x/modules';
import { numberArgument, tokenArgument } from './arguments';
import { LIST_SIDES } from './list-side';

/** Options of `lmPop`/`blmPop`: pop up to `COUNT` elements (default 1). */
export interface LMPopOptions {
  COUNT?: number;
}

/** What `LMPOP`/`BLMPOP` return: the list popped from and its elements, or null (all empty / timed out). */
export type LMPopReply = [key: string, elements: Array<string>] | null;

/** Pushes `numkeys key… LEFT|RIGHT [COUNT count]`, recording every key. */
export function pushListPopArguments(parser: CommandParser, command: string, keys: RedisVariadicArgument, side: unknown, options?: LMPopOptions): void {
  parser.pushKeysLength(keys);
  parser.push(tokenArgument(side, LIST_SIDES, `${command} side`));
  if (options?.COUNT !== undefined) parser.push('COUNT', numberArgument(options.COUNT, `${command} COUNT`));
}
