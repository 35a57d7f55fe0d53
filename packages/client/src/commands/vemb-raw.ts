import type { Command, CommandParser, RedisArgument, TypeMapping } from '@x/modules';
import { doubleReply } from './helpers/double-reply';

/** The stored form of a vector. */
export interface VEmbRawReply {
  quantization: string;
  raw: string;
  l2Norm: number;
  quantizationRange?: number;
}

/**
 * `VEMB key element RAW`: the vector as stored (`{ quantization, raw, l2Norm, quantizationRange? }`),
 * or null. RESP2's doubles are read as numbers (kept as sent under `DOUBLE: String`). Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, element: RedisArgument) {
    parser.push('VEMB');
    parser.pushKey(key);
    parser.push(element, 'RAW');
  },
  transformReply: {
    2: (reply: Array<unknown> | null, _preserve?: unknown, typeMapping?: TypeMapping): VEmbRawReply | null => {
      if (reply === null) return null;
      const result: VEmbRawReply = {
        quantization: reply[0] as string,
        raw: reply[1] as string,
        l2Norm: doubleReply(reply[2], typeMapping) as number,
      };
      if (reply[3] !== undefined) result.quantizationRange = doubleReply(reply[3], typeMapping) as number;
      return result;
    },
    3: (reply: Array<unknown> | null): VEmbRawReply | null =>
      reply === null
        ? null
        : {
            quantization: reply[0] as string,
            raw: reply[1] as string,
            l2Norm: reply[2] as number,
            quantizationRange: reply[3] as number | undefined,
          },
  },
} as const satisfies Command;
