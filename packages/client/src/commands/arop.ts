import type { Command, CommandParser, RedisArgument } from '@x/modules';
import type { ArIndex } from './helpers/array-type';

/** The aggregates `AROP` computes (node-redis's `AR_OPERATIONS`). */
export const AR_OPERATIONS = { SUM: 'SUM', MIN: 'MIN', MAX: 'MAX', AND: 'AND', OR: 'OR', XOR: 'XOR', MATCH: 'MATCH', USED: 'USED' } as const;
export type ArOperation = (typeof AR_OPERATIONS)[keyof typeof AR_OPERATIONS];

/** `AROP key start end operation [value]`: an aggregate of the range's elements. Redis 8+ (the array type); not runnable on the 7.0 servers these tests use. */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, start: ArIndex, end: ArIndex, operation: ArOperation, value?: RedisArgument | number) {
    parser.push('AROP');
    parser.pushKey(key);
    parser.push(String(start), String(end), operation);
    if (value !== undefined) parser.push(typeof value === 'number' ? String(value) : value);
  },
  transformReply: undefined as unknown as () => string | number | null,
} as const satisfies Command;
