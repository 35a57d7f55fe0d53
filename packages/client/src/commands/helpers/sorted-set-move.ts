// ZMOVE, ZMOVEMEMBER and BZMOVE (Redis 8.x): the members moved, with their scores, as node-redis shapes them.
import type { TypeMapping } from '@x/modules';
import type { SortedSetMember } from './sorted-set';
import { doubleReply } from './type-mapped-numbers';

/** `[[member, score], …]` or null → `[{ value, score }]` or null (RESP2 scores parsed per the mapping). */
export const movedMembersReply = {
  2: (reply: ReadonlyArray<[string, unknown]> | null, _preserve?: unknown, typeMapping?: TypeMapping): Array<SortedSetMember> | null =>
    reply === null ? null : reply.map(([value, score]) => ({ value, score: (doubleReply(score, typeMapping) as number) })),
  3: (reply: ReadonlyArray<[string, number]> | null): Array<SortedSetMember> | null =>
    reply === null ? null : reply.map(([value, score]) => ({ value, score })),
} as const;

/** Options of `ZMOVE`/`BZMOVE`. */
export interface ZMoveOptions {
  /** Move up to this many members. */
  COUNT?: number;
}
