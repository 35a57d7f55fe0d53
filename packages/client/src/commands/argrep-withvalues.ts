import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushArGrepArguments, type ArGrepBound, type ArGrepOptions, type ArGrepPredicate } from './argrep';
import { indexValuePairs } from './helpers/array-type';

/** `ARGREP … WITHVALUES`: the matching elements as `{ index, value }`. Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
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
    parser.push('WITHVALUES');
  },
  transformReply: indexValuePairs,
} as const satisfies Command;
