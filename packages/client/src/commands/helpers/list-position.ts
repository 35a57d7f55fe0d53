import type { CommandParser, RedisArgument } from '@x/modules';
import { numberArgument } from './arguments';

/** Options of `lPos`/`lPosCount`: which match to start from (`RANK`), how many elements to look at (`MAXLEN`). */
export interface LPosOptions {
  RANK?: number;
  MAXLEN?: number;
}

/** Pushes `LPOS key element [RANK rank] [MAXLEN len]`. */
export function pushListPosition(parser: CommandParser, key: RedisArgument, element: RedisArgument, options: LPosOptions | undefined): void {
  parser.push('LPOS');
  parser.pushKey(key);
  parser.push(element);
  if (options?.RANK !== undefined) parser.push('RANK', numberArgument(options.RANK, 'LPOS RANK'));
  if (options?.MAXLEN !== undefined) parser.push('MAXLEN', numberArgument(options.MAXLEN, 'LPOS MAXLEN'));
}
