import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { booleanReply } from './helpers/boolean-reply';
import { doubleArgument } from './helpers/double';

/** Options of `VADD`. */
export interface VAddOptions {
  /** Reduce the vector to this many dimensions (random projection). */
  REDUCE?: number;
  /** Check-and-set: compute the neighbours in a background thread. */
  CAS?: boolean;
  /** How the vector is stored. */
  QUANT?: 'NOQUANT' | 'BIN' | 'Q8';
  /** Build exploration factor. */
  EF?: number;
  /** JSON attributes of the element (an object is sent as its JSON text). */
  SETATTR?: RedisArgument | Record<string, unknown>;
  /** Maximum links per node. */
  M?: number;
}

/** `VADD key [REDUCE dim] VALUES n v … element [CAS] [quantization] [EF ef] [SETATTR json] [M m]`: whether the element was added. Redis 8.0+ (vector sets); not runnable on the 7.0 servers these tests use. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, vector: Array<number>, element: RedisArgument, options?: VAddOptions) {
    parser.push('VADD');
    parser.pushKey(key);
    if (options?.REDUCE !== undefined) parser.push('REDUCE', String(options.REDUCE));
    parser.push('VALUES', String(vector.length));
    for (const value of vector) parser.push(doubleArgument(value));
    parser.push(element);
    if (options?.CAS) parser.push('CAS');
    if (options?.QUANT) parser.push(options.QUANT);
    if (options?.EF !== undefined) parser.push('EF', String(options.EF));
    if (options?.SETATTR !== undefined) {
      const attributes = options.SETATTR;
      parser.push('SETATTR', typeof attributes === 'object' && !Buffer.isBuffer(attributes) ? JSON.stringify(attributes) : attributes);
    }
    if (options?.M !== undefined) parser.push('M', String(options.M));
  },
  transformReply: booleanReply,
} as const satisfies Command;
