import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { pushBitFieldRoOperations, type BitFieldRoOperations, type BitFieldRoXOptions } from './helpers/bitfield';

/**
 * `BITFIELD_RO key GET enc off [GET enc off …]`: reads (`{ encoding, offset }` each), one reply per
 * read. x's earlier `{ GET: … }` still works.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: true,
  parseCommand(parser: CommandParser, key: RedisArgument, operations: BitFieldRoOperations | BitFieldRoXOptions) {
    parser.push('BITFIELD_RO');
    parser.pushKey(key);
    pushBitFieldRoOperations(parser, operations);
  },
  transformReply: undefined as unknown as () => Array<number>,
} as const satisfies Command;
