import type { CommandParser, RedisArgument } from '@x/modules';
import { describeValue, numberArgument, objectArgument, stringArgument } from './arguments';

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
  return objectArgument<LooseOperation>((operations as ReadonlyArray<unknown>)[i], `${command} operations[${i}]`);
}

function encodingAndOffset(command: string, i: number, op: LooseOperation): [RedisArgument, RedisArgument] {
  return [stringArgument(op.encoding, `${command} operations[${i}].encoding`), numberArgument(op.offset, `${command} operations[${i}].offset`)];
}

/** x's earlier (generated) form of a `BITFIELD` operation: a read, or a write after an optional `OVERFLOW`. */
export type BitFieldXOperation =
  | { type: 'GET'; encoding: RedisArgument; offset: number }
  | {
      type: 'write';
      OVERFLOW?: 'WRAP' | 'SAT' | 'FAIL';
      writeOperation:
        | { type: 'SET'; encoding: RedisArgument; offset: number; value: number }
        | { type: 'INCRBY'; encoding: RedisArgument; offset: number; increment: number };
    };

/** x's earlier (generated) `BITFIELD` argument: `{ operation: one or several }` (kept working). */
export interface BitFieldXOptions {
  operation?: BitFieldXOperation | Array<BitFieldXOperation>;
}

/** x's earlier (generated) `BITFIELD_RO` argument: `{ GET: one or several }` (kept working). */
export interface BitFieldRoXOptions {
  GET?: { encoding: RedisArgument; offset: number } | Array<{ encoding: RedisArgument; offset: number }>;
}

/** x's earlier operations as node-redis's, checked like them (an unknown kind is a TypeError). */
function fromXOptions(options: BitFieldXOptions): BitFieldOperations {
  const given = options.operation === undefined ? [] : Array.isArray(options.operation) ? options.operation : [options.operation];
  const operations: Array<unknown> = [];
  for (const op of given as Array<Record<string, unknown> | undefined>) {
    if (op?.type === 'GET') {
      operations.push({ operation: 'GET', encoding: op.encoding, offset: op.offset });
    } else if (op?.type === 'write') {
      if (op.OVERFLOW !== undefined) operations.push({ operation: 'OVERFLOW', behavior: op.OVERFLOW });
      const write = op.writeOperation as Record<string, unknown> | undefined;
      operations.push({ ...write, operation: write?.type });
    } else {
      throw new TypeError(`BITFIELD operation.type must be 'GET' or 'write', got ${describeValue(op?.type)}`);
    }
  }
  return operations as BitFieldOperations;
}

/**
 * Pushes every operation of `BITFIELD`: node-redis's array of operation objects, or x's earlier
 * `{ operation }`. An operation kind it does not know, or one missing a field, is a TypeError:
 * sending the command without it would drop a write silently.
 */
export function pushBitFieldOperations(parser: CommandParser, given: BitFieldOperations | BitFieldXOptions): void {
  const command = 'BITFIELD';
  const isXForm = typeof given === 'object' && given !== null && !Array.isArray(given) && Object.keys(given).every((k) => k === 'operation');
  const operations = isXForm ? fromXOptions(given) : given;
  if (!Array.isArray(operations)) throw new TypeError(`${command} operations must be an array of operation objects, got ${describeValue(operations)}`);
  for (let i = 0; i < operations.length; i++) {
    const op = operationAt(command, operations, i);
    switch (op.operation) {
      case 'GET':
        parser.push('GET', ...encodingAndOffset(command, i, op));
        break;
      case 'SET':
        parser.push('SET', ...encodingAndOffset(command, i, op), numberArgument(op.value, `${command} operations[${i}].value`));
        break;
      case 'INCRBY':
        parser.push('INCRBY', ...encodingAndOffset(command, i, op), numberArgument(op.increment, `${command} operations[${i}].increment`));
        break;
      case 'OVERFLOW':
        parser.push('OVERFLOW', stringArgument(op.behavior, `${command} operations[${i}].behavior`));
        break;
      default:
        throw new TypeError(`${command} operations[${i}].operation must be 'GET', 'SET', 'INCRBY' or 'OVERFLOW', got ${describeValue(op.operation)}`);
    }
  }
}

/**
 * Pushes `GET encoding offset` for every read of `BITFIELD_RO` (node-redis's array, or x's earlier
 * `{ GET }`); anything but a read is a TypeError.
 */
export function pushBitFieldRoOperations(parser: CommandParser, given: BitFieldRoOperations | BitFieldRoXOptions): void {
  const command = 'BITFIELD_RO';
  let operations: unknown = given;
  if (typeof given === 'object' && given !== null && !Array.isArray(given) && Object.keys(given).every((k) => k === 'GET')) {
    const reads = (given as BitFieldRoXOptions).GET;
    operations = reads === undefined ? [] : Array.isArray(reads) ? reads : [reads];
  }
  if (!Array.isArray(operations)) throw new TypeError(`${command} operations must be an array of { encoding, offset } objects, got ${describeValue(operations)}`);
  for (let i = 0; i < operations.length; i++) {
    const op = operationAt(command, operations, i);
    // node-redis ignores `operation` here; a write handed to the read-only form would be sent as a read.
    if (op.operation !== undefined && op.operation !== 'GET') {
      throw new TypeError(`${command} operations[${i}].operation must be absent or 'GET' (BITFIELD_RO only reads), got ${describeValue(op.operation)}`);
    }
    parser.push('GET', ...encodingAndOffset(command, i, op));
  }
}
