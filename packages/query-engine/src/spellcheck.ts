// FT.SPELLCHECK: for each misspelt term of a query, suggestions from the index (and dictionaries)
// with a score each.
import type { CommandParser, RedisArgument } from '@x/modules';
import { pushDialect } from './query-arguments';
import { entriesOf, lookup, valuesOf } from './reply-shapes';

/** `TERMS INCLUDE|EXCLUDE dictionary`: suggest from (or never suggest) a dictionary's terms. */
export interface Terms {
  mode: 'INCLUDE' | 'EXCLUDE';
  dictionary: RedisArgument;
}

export interface FtSpellCheckOptions {
  /** Maximum Levenshtein distance of a suggestion (1 to 4). */
  DISTANCE?: number;
  TERMS?: Terms | Array<Terms>;
  DIALECT?: number;
}

export type FtSpellCheckReply = Array<{
  term: string;
  suggestions: Array<{ score: number; suggestion: string }>;
}>;

type Suggestion = FtSpellCheckReply[number]['suggestions'][number];

/**
 * One RESP3 suggestion: a `{ suggestion: score }` map, or — as a flat map (`{ [MAP]: Array }`) or an
 * older server's pair — a two-element array in either order, told apart by which end is a number.
 */
function suggestionOf(raw: unknown): Suggestion | undefined {
  if (Array.isArray(raw) && raw.length >= 2) {
    const [first, second] = raw as [{ toString(): string }, { toString(): string }];
    const firstAsNumber = Number(first);
    return Number.isNaN(firstAsNumber)
      ? { score: Number(second), suggestion: first.toString() }
      : { score: firstAsNumber, suggestion: second.toString() };
  }
  const entries = entriesOf(raw);
  if (entries.length === 0) return undefined;
  const [suggestion, score] = entries[0]!;
  return { score: Number(score), suggestion };
}

export const SPELLCHECK = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: RedisArgument, query: RedisArgument, options?: FtSpellCheckOptions) {
    parser.push('FT.SPELLCHECK', index, query);
    if (options?.DISTANCE) parser.push('DISTANCE', options.DISTANCE.toString());
    const terms = options?.TERMS;
    if (terms) {
      for (const { mode, dictionary } of Array.isArray(terms) ? terms : [terms]) parser.push('TERMS', mode, dictionary);
    }
    pushDialect(parser, options?.DIALECT);
  },
  transformReply: {
    // RESP2: `[['TERM', term, [[score, suggestion], …]], …]`.
    2: (reply: Array<[unknown, string, Array<[string, string]>]>): FtSpellCheckReply =>
      reply.map(([, term, suggestions]) => ({
        term,
        suggestions: suggestions.map(([score, suggestion]) => ({ score: Number(score), suggestion })),
      })),
    // RESP3: `{ results: { term: [{ suggestion: score }, …] } }`.
    3: (reply: unknown): FtSpellCheckReply => {
      const results = lookup(reply, ['results', 'Results']) ?? reply;
      return entriesOf(results).map(([term, raw]) => ({
        term,
        suggestions: valuesOf(raw)
          .map(suggestionOf)
          .filter((s): s is Suggestion => s !== undefined),
      }));
    },
  },
} as const;
