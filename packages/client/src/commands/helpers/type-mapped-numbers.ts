import { doubleReply, doublesAsText, type TypeMapping } from '@x/modules';

// The RESP2 double readers are the contract's (shared with the module packages); re-exported for the commands.
export { doubleReply, doublesAsText };

/*
 * Numbers that RESP2 sends as bulk strings (doubles: scores, distances, ratios) or as integers
 * (booleans), turned into what the same reply is in RESP3 under the command's type mapping — as
 * node-redis's transforms do, so x's replies equal node-redis's in both protocols. For the
 * `transformReply` of command definitions (the mapping is their third argument).
 */

/** {@link doubleReply}, keeping a null reply null. */
export function nullableDoubleReply(reply: unknown, typeMapping?: TypeMapping): number | string | Buffer | null {
  return reply === null ? null : doubleReply(reply, typeMapping);
}

/** Each element with {@link doubleReply}. */
export function doubleArrayReply(reply: ReadonlyArray<unknown>, typeMapping?: TypeMapping): Array<number | string | Buffer> {
  const out: Array<number | string | Buffer> = new Array(reply.length);
  for (let i = 0; i < reply.length; i++) out[i] = doubleReply(reply[i], typeMapping);
  return out;
}

/**
 * A double that may arrive either way: already decoded as a RESP3 double (a number, or its text
 * under `DOUBLE: String`) or as a bulk string. A number under `DOUBLE: String` becomes its text, as
 * node-redis's `GEOSEARCH … WITHDIST/WITHCOORD` does.
 */
export function anyDoubleReply(reply: unknown, typeMapping?: TypeMapping): number | string | Buffer {
  if (typeof reply !== 'number') return doubleReply(reply, typeMapping);
  return doublesAsText(typeMapping) ? reply.toString() : reply;
}

/**
 * An integer 1/0 as a boolean, also under `NUMBER: String` (where it arrives as `'1'`/`'0'`) and
 * from a Buffer.
 */
export function booleanReply(reply: unknown): boolean {
  return Number(reply) === 1;
}

/** Each element with {@link booleanReply}. */
export function booleanArrayReply(reply: ReadonlyArray<unknown>): boolean[] {
  return reply.map(booleanReply);
}

/** A sorted set member and its score (a number, or its text under `DOUBLE: String`). */
export interface MappedSortedSetMember<V = unknown> {
  value: V;
  score: number | string | Buffer;
}

/** RESP2 `[member, score, member, score, …]` → `[{ value, score }]`, scores by {@link doubleReply}. */
export function sortedSetReplyResp2(reply: ReadonlyArray<unknown>, typeMapping?: TypeMapping): MappedSortedSetMember[] {
  const members: MappedSortedSetMember[] = [];
  for (let i = 0; i < reply.length; i += 2) members.push({ value: reply[i], score: doubleReply(reply[i + 1], typeMapping) });
  return members;
}

/** RESP3 `[[member, score], …]` (scores decoded per the mapping already) → `[{ value, score }]`. */
export function sortedSetReplyResp3(reply: ReadonlyArray<unknown>): MappedSortedSetMember[] {
  return reply.map((pair) => {
    const [value, score] = pair as [unknown, number | string | Buffer];
    return { value, score };
  });
}
