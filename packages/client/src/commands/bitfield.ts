import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushBitFieldOperations, type BitFieldOperations, type BitFieldXOptions } from './helpers/bitfield';

/**
 * `BITFIELD key [GET enc off | SET enc off value | INCRBY enc off incr | OVERFLOW WRAP|SAT|FAIL] …`:
 * node-redis's operation objects (`{ operation: 'SET', encoding: 'u8', offset: 0, value: 255 }`), in
 * order; one reply per `GET`/`SET`/`INCRBY` (null for an `INCRBY` that `OVERFLOW FAIL` refused). An
 * operation it does not know is a TypeError, never dropped. x's earlier `{ operation: { type, … } }`
 * still works.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, operations: BitFieldOperations | BitFieldXOptions) {
    parser.push('BITFIELD');
    parser.pushKey(key);
    pushBitFieldOperations(parser, operations);
  },
  transformReply: undefined as unknown as () => Array<number | null>,
} as const satisfies Command;
