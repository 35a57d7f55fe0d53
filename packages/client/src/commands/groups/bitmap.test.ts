import type { Command } from '@x/modules';
import { BITMAP_COMMANDS } from './bitmap';
import { camelTwins, wireOf, type WireRow } from './wire-table';

const commands = BITMAP_COMMANDS as unknown as Record<string, Command>;

const ROWS: WireRow[] = [
  ['bitCount', ['k'], ['BITCOUNT', 'k'], ['k']],
  ['bitCount', ['k', { start: 0, end: -1 }], ['BITCOUNT', 'k', '0', '-1'], ['k']],
  ['bitCount', ['k', { start: 5, end: 30, mode: 'BIT' }], ['BITCOUNT', 'k', '5', '30', 'BIT'], ['k']],
  ['bitOp', ['AND', 'dst', ['a', 'b']], ['BITOP', 'AND', 'dst', 'a', 'b'], ['dst', 'a', 'b']],
  ['bitOp', ['NOT', 'dst', 'a'], ['BITOP', 'NOT', 'dst', 'a'], ['dst', 'a']],
  ['bitOp', ['ANDOR', 'dst', ['a', 'b', 'c']], ['BITOP', 'ANDOR', 'dst', 'a', 'b', 'c'], ['dst', 'a', 'b', 'c']],
  ['bitPos', ['k', 1], ['BITPOS', 'k', '1'], ['k']],
  ['bitPos', ['k', 0, 2], ['BITPOS', 'k', '0', '2'], ['k']],
  ['bitPos', ['k', 1, 7, 15, 'BIT'], ['BITPOS', 'k', '1', '7', '15', 'BIT'], ['k']],
  ['getBit', ['k', 7], ['GETBIT', 'k', '7'], ['k']],
  ['setBit', ['k', 7, 1], ['SETBIT', 'k', '7', '1'], ['k']],
  // x's earlier forms, kept: indexUnit for mode, a range object for BITPOS.
  ['bitCount', ['k', { start: 0, end: 8, indexUnit: 'BIT' }], ['BITCOUNT', 'k', '0', '8', 'BIT'], ['k']],
  ['bitPos', ['k', 1, { start: 0, end: 8, indexUnit: 'BIT' }], ['BITPOS', 'k', '1', '0', '8', 'BIT'], ['k']],
  ['bitPos', ['k', 1, { start: 2 }], ['BITPOS', 'k', '1', '2'], ['k']],
  ['bitRangeIntArray', ['k', 0, -1], ['BITRANGEINTARRAY', 'k', '0', '-1'], ['k']],
  ['bitRangeIntArray', ['k', '0', '100', { mode: 'BIT', LIMIT: 3, ZEROS: true }], ['BITRANGEINTARRAY', 'k', '0', '100', 'BIT', 'LIMIT', '3', 'ZEROS'], ['k']],
];

describe('the bitmap group', () => {
  it('registers every command under both names, as one definition', () => {
    for (const [upper, camel] of camelTwins(BITMAP_COMMANDS)) {
      expect([upper, camel].every((n) => n !== '')).toBe(true);
    }
  });

  it.each(ROWS)('%s %j', (method, args, wire, keys) => {
    expect(wireOf(commands[method]!, args)).toEqual({ wire, keys });
  });

  it.each([
    // Redis would read a lone end as the start: node-redis sends it so, x refuses.
    ['bitPos', ['k', 1, undefined, 5], /BITPOS end needs a start/],
    ['bitPos', ['k', 1, 0, undefined, 'BIT'], /BITPOS mode needs a start and an end/],
    ['bitCount', ['k', { start: 0 }], /BITCOUNT range.end must be a number, got undefined/],
    ['bitCount', ['k', [0, 1]], /BITCOUNT range must be an object, got an array/],
    ['setBit', ['k', 7], /SETBIT value must be a number, got undefined/],
    ['bitOp', [undefined, 'dst', 'a'], /BITOP operation must be a string or a Buffer, got undefined/],
    ['bitPos', ['k', 1, { start: 0 }, 5], /BITPOS a range object takes no end or mode after it/],
  ] as const)('%s %j is refused', (method, args, message) => {
    expect(() => wireOf(commands[method]!, args)).toThrow(message);
  });
});
