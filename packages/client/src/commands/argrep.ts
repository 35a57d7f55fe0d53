import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** How an `ARGREP` predicate matches (node-redis's `AR_PREDICATE_TYPES`). */
export const AR_PREDICATE_TYPES = { EXACT: 'EXACT', MATCH: 'MATCH', GLOB: 'GLOB', RE: 'RE' } as const;
/** How several `ARGREP` predicates combine (node-redis's `AR_PREDICATE_COMBINATORS`). */
export const AR_PREDICATE_COMBINATORS = { AND: 'AND', OR: 'OR' } as const;

export type ArPredicateType = (typeof AR_PREDICATE_TYPES)[keyof typeof AR_PREDICATE_TYPES];
export type ArPredicateCombinator = (typeof AR_PREDICATE_COMBINATORS)[keyof typeof AR_PREDICATE_COMBINATORS];
/** One predicate: `[type, value]`. */
export type ArGrepPredicate = [type: ArPredicateType, value: RedisArgument];
/** A bound of the searched range: an index, `'-'` / `'+'` (open), or a decimal string (past 2^53). */
export type ArGrepBound = number | string;

/** Options of `ARGREP`. */
export interface ArGrepOptions {
  COMBINATOR?: ArPredicateCombinator;
  LIMIT?: number;
  NOCASE?: boolean;
}

/** Pushes `key start end (type value)… [AND|OR] [LIMIT n] [NOCASE]`. */
export function pushArGrepArguments(
  parser: CommandParser,
  key: RedisArgument,
  start: ArGrepBound,
  end: ArGrepBound,
  predicates: Array<ArGrepPredicate>,
  options?: ArGrepOptions,
): void {
  parser.pushKey(key);
  parser.push(String(start), String(end));
  for (const [type, value] of predicates) parser.push(type, value);
  if (options?.COMBINATOR !== undefined) parser.push(options.COMBINATOR);
  if (options?.LIMIT !== undefined) parser.push('LIMIT', String(options.LIMIT));
  if (options?.NOCASE) parser.push('NOCASE');
}

/** `ARGREP key start end <predicate …> [AND | OR] [LIMIT n] [NOCASE]`: the indices of matching elements. Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(
    parser: CommandParser,
    key: RedisArgument,
    start: ArGrepBound,
    end: ArGrepBound,
    predicates: Array<ArGrepPredicate>,
    options?: ArGrepOptions,
  ) {
    parser.push('ARGREP');
    pushArGrepArguments(parser, key, start, end, predicates, options);
  },
  transformReply: undefined as unknown as () => Array<number>,
} as const satisfies Command;
