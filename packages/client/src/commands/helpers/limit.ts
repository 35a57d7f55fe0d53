import type { CommandParser } from '@x/modules';
import { integerLike, invalidArgument, isPlainObject } from './argument-errors';

/** `LIMIT offset count` of the range commands. */
export interface RangeLimit {
  offset: number;
  count: number;
}

/** Pushes `LIMIT offset count` when `limit` is given; a limit that is not `{ offset, count }` is refused. */
export function pushRangeLimit(parser: CommandParser, command: string, limit: RangeLimit | undefined): void {
  if (!limit) return;
  if (!isPlainObject(limit)) throw invalidArgument(command, 'options.LIMIT', '{ offset, count }', limit);
  parser.push('LIMIT', integerLike(command, 'options.LIMIT.offset', limit.offset), integerLike(command, 'options.LIMIT.count', limit.count));
}
