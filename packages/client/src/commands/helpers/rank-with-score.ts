/** What `ZRANK`/`ZREVRANK … WITHSCORE` return. */
export interface RankWithScore {
  rank: number;
  score: number;
}

/**
 * `[rank, score]` or null → `{ rank, score }` or null. RESP2's score string is parsed with `Number`
 * whatever the type mapping (as node-redis does); RESP3's double is kept as decoded.
 */
export const rankWithScoreReply = {
  2: (reply: [number, unknown] | null): RankWithScore | null => (reply === null ? null : { rank: reply[0], score: Number(reply[1]) }),
  3: (reply: [number, number] | null): RankWithScore | null => (reply === null ? null : { rank: reply[0], score: reply[1] }),
} as const;
