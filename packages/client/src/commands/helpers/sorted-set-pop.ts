// The replies of the sorted-set pops (ZPOPMIN/ZPOPMAX, their blocking forms, ZMPOP/BZMPOP), as
// node-redis shapes them.
import type { CommandParser, RedisVariadicArgument, TypeMapping } from '@x/modules';
import { integerLike } from './argument-errors';
import { pairsToSortedSetMembers, type SortedSetMember } from './sorted-set';
import { doubleReply } from './type-mapped-numbers';

/** `ZPOPMIN key`/`ZPOPMAX key` (no count): `[member, score]` or `[]` → `{ value, score }` or null. */
export const zPopReply = {
  2: (reply: ReadonlyArray<unknown>, _preserve?: unknown, typeMapping?: TypeMapping): SortedSetMember | null =>
    reply.length === 0 ? null : { value: reply[0] as string, score: (doubleReply(reply[1], typeMapping) as number) },
  3: (reply: ReadonlyArray<unknown>): SortedSetMember | null =>
    reply.length === 0 ? null : { value: reply[0] as string, score: reply[1] as number },
} as const;

/** What `BZPOPMIN`/`BZPOPMAX` return: the set the member came from, the member and its score. */
export interface BlockingZPopReply {
  key: string;
  value: string;
  score: number;
}

/** `BZPOPMIN`/`BZPOPMAX`: `[key, member, score]` → `{ key, value, score }`; null (timed out) stays null. */
export const blockingZPopReply = {
  2: (reply: ReadonlyArray<unknown> | null, _preserve?: unknown, typeMapping?: TypeMapping): BlockingZPopReply | null =>
    reply === null ? null : { key: reply[0] as string, value: reply[1] as string, score: (doubleReply(reply[2], typeMapping) as number) },
  3: (reply: ReadonlyArray<unknown> | null): BlockingZPopReply | null =>
    reply === null ? null : { key: reply[0] as string, value: reply[1] as string, score: reply[2] as number },
} as const;

/** What `ZMPOP`/`BZMPOP` return: the set popped from, and the members with their scores. */
export interface ZMPopReply {
  key: string;
  members: Array<SortedSetMember>;
}

/** `ZMPOP`/`BZMPOP`: `[key, [[member, score], …]]` → `{ key, members: [{ value, score }] }`, or null. */
export const zmPopReply = {
  2: (reply: ReadonlyArray<unknown> | null, _preserve?: unknown, typeMapping?: TypeMapping): ZMPopReply | null => {
    if (reply === null) return null;
    const pairs = reply[1] as ReadonlyArray<[string, unknown]>;
    return {
      key: reply[0] as string,
      members: pairs.map(([value, score]) => ({ value, score: (doubleReply(score, typeMapping) as number) })),
    };
  },
  3: (reply: ReadonlyArray<unknown> | null): ZMPopReply | null =>
    reply === null ? null : { key: reply[0] as string, members: pairsToSortedSetMembers(reply[1] as ReadonlyArray<unknown>) },
} as const;

/** Which end `ZMPOP`/`BZMPOP` pop from: the lowest scores (`MIN`) or the highest (`MAX`). */
export type SortedSetSide = 'MIN' | 'MAX';

/** Options of `ZMPOP`/`BZMPOP`. */
export interface ZMPopOptions {
  /** Pop up to this many members (default 1). */
  COUNT?: number;
}

/** Pushes `numkeys key [key …] MIN | MAX [COUNT count]`, every key recorded. */
export function pushZMPopArguments(
  parser: CommandParser,
  command: string,
  keys: RedisVariadicArgument,
  side: SortedSetSide,
  options: ZMPopOptions | undefined,
): void {
  parser.pushKeysLength(keys);
  parser.push(side);
  // node-redis leaves out `COUNT 0` (a falsy count); so does x, to send the same command.
  if (options?.COUNT) parser.push('COUNT', integerLike(command, 'options.COUNT', options.COUNT));
}
