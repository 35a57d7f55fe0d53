import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { doubleArgument } from './helpers/double';

/** Options of `VSIM`. */
export interface VSimOptions {
  COUNT?: number;
  EPSILON?: number;
  EF?: number;
  /** A filter expression over the elements' JSON attributes. */
  FILTER?: string;
  'FILTER-EF'?: number;
  /** Exact (linear scan) instead of approximate. */
  TRUTH?: boolean;
  NOTHREAD?: boolean;
}

/** Pushes `key <VALUES n v … | ELE element> [options]`. */
export function pushVSimArguments(parser: CommandParser, key: RedisArgument, query: RedisArgument | Array<number>, options?: VSimOptions): void {
  parser.pushKey(key);
  if (Array.isArray(query)) {
    parser.push('VALUES', String(query.length));
    for (const value of query) parser.push(doubleArgument(value));
  } else {
    parser.push('ELE', query);
  }
  if (options?.COUNT !== undefined) parser.push('COUNT', String(options.COUNT));
  if (options?.EPSILON !== undefined) parser.push('EPSILON', String(options.EPSILON));
  if (options?.EF !== undefined) parser.push('EF', String(options.EF));
  if (options?.FILTER !== undefined) parser.push('FILTER', options.FILTER);
  if (options?.['FILTER-EF'] !== undefined) parser.push('FILTER-EF', String(options['FILTER-EF']));
  if (options?.TRUTH) parser.push('TRUTH');
  if (options?.NOTHREAD) parser.push('NOTHREAD');
}

/** `VSIM key <VALUES n v … | ELE element> [COUNT n] [EPSILON d] [EF ef] [FILTER expr] [FILTER-EF n] [TRUTH] [NOTHREAD]`: the most similar elements. Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, query: RedisArgument | Array<number>, options?: VSimOptions) {
    parser.push('VSIM');
    pushVSimArguments(parser, key, query, options);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
