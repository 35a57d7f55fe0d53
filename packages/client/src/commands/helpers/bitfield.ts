import type { CommandParser } from '@x/modules';
import { argumentError, numberArgument, objectArgument, stringArgument } from './argument-checks';

/** A signed or unsigned integer type of up to 64 (signed) / 63 (unsigned) bits: `'i8'`, `'u4'`. */
export type BitFieldEncoding = `${'i' | 'u'}${number}`;

/** `GET encoding offset`; an offset starting with `#` counts in units of the encoding's width. */
export interface BitFieldGetOperation {
  operation: 'GET';
  encoding: BitFieldEncoding;
  offset: number | string;
}

/** `SET encoding offset value`: its reply is the old value. */
export interface BitFieldSetOperation {
  operation: 'SET';
  encoding: BitFieldEncoding;
  offset: number | string;
  value: number;
}

/** `INCRBY encoding offset increment`: its reply is the new value (null when `OVERFLOW FAIL` refused it). */
export interface BitFieldIncrByOperation {
  operation: 'INCRBY';
  encoding: BitFieldEncoding;
  offset: number | string;
  increment: number;
}

/** `OVERFLOW WRAP | SAT | FAIL`: how the `SET`s and `INCRBY`s after it handle overflow (no reply of its own). */
export interface BitFieldOverflowOperation {
  operation: 'OVERFLOW';
  behavior: string;
}

/** The operations of `BITFIELD`, in order. */
export type BitFieldOperations = Array<BitFieldGetOperation | BitFieldSetOperation | BitFieldIncrByOperation | BitFieldOverflowOperation>;

/** The reads of `BITFIELD_RO` (`GET` only, so no `operation` field). */
export type BitFieldRoOperations = Array<Omit<BitFieldGetOperation, 'operation'>>;

type LooseOperation = {
  operation?: unknown;
  encoding?: unknown;
  offset?: unknown;
  value?: unknown;
  increment?: unknown;
  behavior?: unknown;
};

function operationAt(command: string, operations: unknown, i: number): LooseOperation {
  return objectArgument<LooseOperation>(command, `operations[${i}]`, (operations as ReadonlyArray<unknown>)[i]);
}

function encodingAndOffset(command: string, i: number, op: LooseOperation): [string | Buffer, string] {
  return [stringArgument(command, `operations[${i}].encoding`, op.encoding), numberArgument(command, `operations[${i}].offset`, op.offset)];
}

/**
 * Pushes every operation of `BITFIELD`. An operation kind it does not know, or one missing a field,
 * is a TypeError: sending the command without it would drop a write silently.
 */
export function pushBitFieldOperations(parser: CommandParser, operations: BitFieldOperations): void {
  const command = 'BITFIELD';
  if (!Array.isArray(operations)) throw argumentError(command, 'operations', 'an array of operation objects', operations);
  for (let i = 0; i < operations.length; i++) {
    const op = operationAt(command, operations, i);
    switch (op.operation) {
      case 'GET':
        parser.push('GET', ...encodingAndOffset(command, i, op));
        break;
      case 'SET':
        parser.push('SET', ...encodingAndOffset(command, i, op), numberArgument(command, `operations[${i}].value`, op.value));
        break;
      case 'INCRBY':
        parser.push('INCRBY', ...encodingAndOffset(command, i, op), numberArgument(command, `operations[${i}].increment`, op.increment));
        break;
      case 'OVERFLOW':
        parser.push('OVERFLOW', stringArgument(command, `operations[${i}].behavior`, op.behavior));
        break;
      default:
        throw argumentError(command, `operations[${i}].operation`, "'GET', 'SET', 'INCRBY' or 'OVERFLOW'", op.operation);
    }
  }
}

/** Pushes `GET encoding offset` for every read of `BITFIELD_RO`; anything but a read is a TypeError. */
export function pushBitFieldRoOperations(parser: CommandParser, operations: BitFieldRoOperations): void {
  const command = 'BITFIELD_RO';
  if (!Array.isArray(operations)) throw argumentError(command, 'operations', 'an array of { encoding, offset } objects', operations);
  for (let i = 0; i < operations.length; i++) {
    const op = operationAt(command, operations, i);
    // node-redis ignores `operation` here; a write handed to the read-only form would be sent as a read.
    if (op.operation !== undefined && op.operation !== 'GET') {
      throw argumentError(command, `operations[${i}].operation`, "absent or 'GET' (BITFIELD_RO only reads)", op.operation);
    }
    parser.push('GET', ...encodingAndOffset(command, i, op));
  }
}
