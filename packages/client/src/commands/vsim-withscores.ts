import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import { doubleReply } from './helpers/double-reply';
import { pushVSimArguments, type VSimOptions } from './vsim';

/**
 * `VSIM … WITHSCORES`: `{ element: similarity }`. RESP2's flat array is read into a plain object, scores
 * as numbers (kept as sent under `DOUBLE: String`); RESP3 sends a map, shaped by the type mapping. Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, query: RedisArgument | Array<number>, options?: VSimOptions) {
    parser.push('VSIM');
    pushVSimArguments(parser, key, query, options);
    parser.push('WITHSCORES');
  },
  transformReply: {
    2: (reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping): Record<string, number> => {
      const scores: Record<string, number> = {};
      for (let i = 0; i < reply.length; i += 2) scores[String(reply[i])] = doubleReply(reply[i + 1], typeMapping) as number;
      return scores;
    },
    3: undefined as unknown as () => Record<string, number>,
  },
} as const satisfies Command;
