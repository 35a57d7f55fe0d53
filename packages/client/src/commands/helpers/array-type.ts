import type { CommandParser } from '@x/modules';

/** An index of an array-type value (Redis 8+): a number, or a string such as `'-'`/`'+'` or a big index. */
export type ArIndex = number | string;

/** Pushes one index or each of several, as decimal strings. */
export function pushArIndices(parser: CommandParser, indices: ArIndex | Array<ArIndex>): void {
  if (Array.isArray(indices)) {
    for (const index of indices) parser.push(String(index));
  } else {
    parser.push(String(indices));
  }
}

/** `[index, value]` pairs (ARSCAN, ARGREP … WITHVALUES) as `{ index, value }`. */
export function indexValuePairs(reply: Array<[unknown, unknown]>): Array<{ index: number; value: string }> {
  return reply.map(([index, value]) => ({ index: index as number, value: value as string }));
}
