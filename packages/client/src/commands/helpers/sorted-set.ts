import { parseDouble } from './double';

/** A sorted set member with its score. */
export interface SortedSetMember {
  value: string;
  score: number;
}

/** RESP2 `[member, score, member, score, …]` (scores as bulk strings) → `[{ value, score }]`. */
export function flatToSortedSetMembers(reply: ReadonlyArray<unknown>): Array<SortedSetMember> {
  const members: Array<SortedSetMember> = new Array(reply.length / 2);
  for (let i = 0, j = 0; i < reply.length; i += 2, j++) {
    members[j] = { value: reply[i] as string, score: parseDouble(reply[i + 1]) };
  }
  return members;
}

/** RESP3 `[[member, score], …]` (scores as doubles) → `[{ value, score }]`. */
export function pairsToSortedSetMembers(reply: ReadonlyArray<unknown>): Array<SortedSetMember> {
  return reply.map((pair) => {
    const [value, score] = pair as [string, unknown];
    return { value, score: parseDouble(score) };
  });
}
