import { getTransformReply, parseCommandArguments } from '@x/modules';
import { COMMANDS } from './index';

const BITFIELD = COMMANDS.BITFIELD;
const BITFIELD_RO = COMMANDS.BITFIELD_RO;

describe('BITFIELD', () => {
  // Issue 12: the generated BITFIELD read node-redis's operation objects as nothing and sent
  // `BITFIELD key` alone — the write was dropped and the call resolved [].
  it("sends node-redis's operation objects, every kind, in order", () => {
    const parser = parseCommandArguments(BITFIELD, 'key', [
      { operation: 'SET', encoding: 'u8', offset: 0, value: 255 },
      { operation: 'GET', encoding: 'i4', offset: '#1' },
      { operation: 'OVERFLOW', behavior: 'SAT' },
      { operation: 'INCRBY', encoding: 'u2', offset: 100, increment: -1 },
    ]);
    expect(parser.redisArgs).toEqual(['BITFIELD', 'key', 'SET', 'u8', '0', '255', 'GET', 'i4', '#1', 'OVERFLOW', 'SAT', 'INCRBY', 'u2', '100', '-1']);
    expect(parser.keys).toEqual(['key']);
    expect(COMMANDS.bitField).toBe(BITFIELD);
  });

  it('sends no operation for an empty list (the server answers [])', () => {
    expect(parseCommandArguments(BITFIELD, 'key', []).redisArgs).toEqual(['BITFIELD', 'key']);
  });

  it('refuses an operation it does not understand, or one missing a field, instead of dropping it', () => {
    const op = (o: unknown) => () => parseCommandArguments(BITFIELD, 'key', [o as never]);
    expect(op({ operation: 'INCR', encoding: 'u8', offset: 0 })).toThrow(
      new TypeError(`BITFIELD operations[0].operation must be 'GET', 'SET', 'INCRBY' or 'OVERFLOW', got the string "INCR"`),
    );
    expect(op({ type: 'GET', encoding: 'u8', offset: 0 })).toThrow(/operations\[0\].operation must be/);
    expect(op({ operation: 'SET', encoding: 'u8', offset: 0 })).toThrow(/operations\[0\].value must be a number, got undefined/);
    expect(op({ operation: 'INCRBY', encoding: 'u8', offset: 0, value: 1 })).toThrow(/operations\[0\].increment must be a number/);
    expect(op({ operation: 'GET', offset: 0 })).toThrow(/operations\[0\].encoding must be a string/);
    expect(op({ operation: 'OVERFLOW' })).toThrow(/operations\[0\].behavior must be a string/);
    expect(op('GET u8 0')).toThrow(/operations\[0\] must be an object/);
    expect(() => parseCommandArguments(BITFIELD, 'key', { operations: [] } as never)).toThrow(/BITFIELD operations must be an array/);
  });

  it("still takes x's earlier (generated) { operation } form, checked the same way", () => {
    const parser = parseCommandArguments(BITFIELD, 'key', {
      operation: [
        { type: 'write', OVERFLOW: 'FAIL', writeOperation: { type: 'INCRBY', encoding: 'u8', offset: 0, increment: 5 } },
        { type: 'write', writeOperation: { type: 'SET', encoding: 'i4', offset: 8, value: -1 } },
        { type: 'GET', encoding: 'u8', offset: 0 },
      ],
    });
    expect(parser.redisArgs).toEqual(['BITFIELD', 'key', 'OVERFLOW', 'FAIL', 'INCRBY', 'u8', '0', '5', 'SET', 'i4', '8', '-1', 'GET', 'u8', '0']);
    expect(parseCommandArguments(BITFIELD, 'key', { operation: { type: 'GET', encoding: 'u8', offset: 1 } }).redisArgs).toEqual(['BITFIELD', 'key', 'GET', 'u8', '1']);
    expect(() => parseCommandArguments(BITFIELD, 'key', { operation: { type: 'INCR' } } as never)).toThrow(/operation.type must be 'GET' or 'write'/);
    expect(() => parseCommandArguments(BITFIELD, 'key', { operation: { type: 'write', writeOperation: { type: 'SET', encoding: 'u8', offset: 0 } } } as never)).toThrow(
      /value must be a number/,
    );
  });

  it('writes (not read-only) and resolves with the replies as decoded', () => {
    expect('IS_READ_ONLY' in BITFIELD).toBe(false);
    expect(getTransformReply(BITFIELD, 3)).toBeUndefined();
  });
});

describe('BITFIELD_RO', () => {
  it('sends GET for every { encoding, offset }', () => {
    const parser = parseCommandArguments(BITFIELD_RO, 'key', [
      { encoding: 'u8', offset: 0 },
      { encoding: 'i4', offset: '#2' },
    ]);
    expect(parser.redisArgs).toEqual(['BITFIELD_RO', 'key', 'GET', 'u8', '0', 'GET', 'i4', '#2']);
    expect(parser.keys).toEqual(['key']);
    expect(BITFIELD_RO.IS_READ_ONLY).toBe(true);
    expect(COMMANDS.bitFieldRo).toBe(BITFIELD_RO);
  });

  it('refuses a write (node-redis would send it as a read) and a malformed read', () => {
    expect(() => parseCommandArguments(BITFIELD_RO, 'key', [{ operation: 'SET', encoding: 'u8', offset: 0, value: 1 } as never])).toThrow(
      /BITFIELD_RO operations\[0\].operation must be absent or 'GET'/,
    );
    expect(parseCommandArguments(BITFIELD_RO, 'key', [{ operation: 'GET', encoding: 'u8', offset: 0 } as never]).redisArgs).toEqual([
      'BITFIELD_RO', 'key', 'GET', 'u8', '0',
    ]);
    expect(() => parseCommandArguments(BITFIELD_RO, 'key', [{ encoding: 'u8' } as never])).toThrow(/offset must be a number/);
  });

  it("still takes x's earlier (generated) { GET } form", () => {
    expect(parseCommandArguments(BITFIELD_RO, 'key', { GET: [{ encoding: 'u8', offset: 0 }, { encoding: 'i4', offset: 4 }] }).redisArgs).toEqual([
      'BITFIELD_RO', 'key', 'GET', 'u8', '0', 'GET', 'i4', '4',
    ]);
    expect(parseCommandArguments(BITFIELD_RO, 'key', { GET: { encoding: 'u8', offset: 0 } }).redisArgs).toEqual(['BITFIELD_RO', 'key', 'GET', 'u8', '0']);
  });
});
