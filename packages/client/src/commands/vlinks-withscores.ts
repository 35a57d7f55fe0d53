import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import { doubleReply } from './helpers/double-reply';

/**
 * `VLINKS key element WITHSCORES`: per layer, `{ neighbour: similarity }`, or null. RESP2's flat layers
 * are read into plain objects, scores as numbers (kept as sent under `DOUBLE: String`); RESP3 sends
 * maps, shaped by the type mapping. Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, element: RedisArgument) {
    parser.push('VLINKS');
    parser.pushKey(key);
    parser.push(element, 'WITHSCORES');
  },
  transformReply: {
    2: (reply: Array<Array<unknown>> | null, _preserve?: unknown, typeMapping?: TypeMapping): Array<Record<string, number>> | null => {
      if (reply === null) return null;
      return reply.map((layer) => {
        const scores: Record<string, number> = {};
        for (let i = 0; i < layer.length; i += 2) scores[String(layer[i])] = doubleReply(layer[i + 1], typeMapping) as number;
        return scores;
      });
    },
    3: undefined as unknown as () => Array<Record<string, number>> | null,
  },
} as const satisfies Command;
