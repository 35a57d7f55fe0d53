import type { Command } from '@x/modules';
import { STRING_COMMANDS } from './string';
import { camelTwins, wireOf, type WireRow } from './wire-table';

const commands = STRING_COMMANDS as unknown as Record<string, Command>;
const FAR = new Date(4102444800_000);

const ROWS: WireRow[] = [
  ['append', ['k', 'v'], ['APPEND', 'k', 'v'], ['k']],
  ['decrBy', ['k', 5], ['DECRBY', 'k', '5'], ['k']],
  ['getEx', ['k', { type: 'EXAT', value: FAR }], ['GETEX', 'k', 'EXAT', '4102444800'], ['k']],
  ['getEx', ['k', { PXAT: FAR }], ['GETEX', 'k', 'PXAT', '4102444800000'], ['k']],
  ['getEx', ['k', { PERSIST: true }], ['GETEX', 'k', 'PERSIST'], ['k']],
  ['getRange', ['k', 0, -1], ['GETRANGE', 'k', '0', '-1'], ['k']],
  ['getSet', ['k', 'v'], ['GETSET', 'k', 'v'], ['k']],
  ['incrByFloat', ['k', 1.5], ['INCRBYFLOAT', 'k', '1.5'], ['k']],
  ['lcs', ['a', 'b'], ['LCS', 'a', 'b'], ['a', 'b']],
  ['lcsLen', ['a', 'b'], ['LCS', 'a', 'b', 'LEN'], ['a', 'b']],
  ['lcsIdx', ['a', 'b'], ['LCS', 'a', 'b', 'IDX'], ['a', 'b']],
  ['lcsIdx', ['a', 'b', { MINMATCHLEN: 4 }], ['LCS', 'a', 'b', 'IDX', 'MINMATCHLEN', '4'], ['a', 'b']],
  ['lcsIdxWithMatchLen', ['a', 'b', { MINMATCHLEN: 2 }], ['LCS', 'a', 'b', 'IDX', 'MINMATCHLEN', '2', 'WITHMATCHLEN'], ['a', 'b']],
  ['mGet', [['a', 'b']], ['MGET', 'a', 'b'], ['a', 'b']],
  ['pSetEx', ['k', 100, 'v'], ['PSETEX', 'k', '100', 'v'], ['k']],
  ['setEx', ['k', 10, 'v'], ['SETEX', 'k', '10', 'v'], ['k']],
  ['setNX', ['k', 'v'], ['SETNX', 'k', 'v'], ['k']],
  ['setRange', ['k', 3, 'v'], ['SETRANGE', 'k', '3', 'v'], ['k']],
  ['strLen', ['k'], ['STRLEN', 'k'], ['k']],
  ['delEx', ['k'], ['DELEX', 'k'], ['k']],
  ['delEx', ['k', { condition: 'IFDEQ', matchValue: 'abc' }], ['DELEX', 'k', 'IFDEQ', 'abc'], ['k']],
  ['digest', ['k'], ['DIGEST', 'k'], ['k']],
  ['increx', ['k'], ['INCREX', 'k'], ['k']],
  [
    'increx',
    ['k', { by: '9223372036854775000', lowerBound: -Infinity, upperBound: 100, saturate: true, expiration: { type: 'EX', value: 60, ENX: true } }],
    ['INCREX', 'k', 'BYINT', '9223372036854775000', 'LBOUND', '-inf', 'UBOUND', '100', 'SATURATE', 'EX', '60', 'ENX'],
    ['k'],
  ],
  ['increx', ['k', { expiration: { type: 'PERSIST' } }], ['INCREX', 'k', 'PERSIST'], ['k']],
  ['incrExByFloat', ['k', 0.5, { saturate: false }], ['INCREX', 'k', 'BYFLOAT', '0.5'], ['k']],
  ['incrExByFloat', ['k', Infinity, { upperBound: '1e3' }], ['INCREX', 'k', 'BYFLOAT', '+inf', 'UBOUND', '1e3'], ['k']],
];

describe('the string group', () => {
  it('registers every command under both names, as one definition', () => {
    for (const [upper, camel] of camelTwins(STRING_COMMANDS)) {
      expect([upper, camel].every((n) => n !== '')).toBe(true);
    }
  });

  it.each(ROWS)('%s %j', (method, args, wire, keys) => {
    expect(wireOf(commands[method]!, args)).toEqual({ wire, keys });
  });

  it.each([
    ['decrBy', ['k', undefined], /DECRBY decrement must be a number, got undefined/],
    ['getEx', ['k', {}], /GETEX options must be one of/],
    ['getEx', ['k', { type: 'EXX', value: 1 }], /GETEX options.type must be/],
    ['getEx', ['k', { EXAT: {} }], /GETEX EXAT must be a number, got an object/],
    ['getEx', ['k'], /GETEX options must be an object, got undefined/],
    ['getRange', ['k', 0], /GETRANGE end must be a number/],
    ['lcsIdx', ['a', 'b', 4], /LCS IDX options must be an object, got number 4/],
    // x's earlier LCS options are node-redis's variants now (each with its reply type): refused, not ignored.
    ['lcs', ['a', 'b', { LEN: true }], /LCS takes two keys; for LEN or IDX use lcsLen, lcsIdx or lcsIdxWithMatchLen/],
    ['incrByFloat', ['k', null], /INCRBYFLOAT increment must be a number, got null/],
    ['delEx', ['k', { condition: 'IFEQ' }], /DELEX matchValue must be a string or a Buffer, got undefined/],
    ['increx', ['k', { expiration: { type: 'EX' } }], /INCREX expiration.value must be a number/],
    ['incrExByFloat', ['k', Number.NaN], /INCREX BYFLOAT value must be a number or a numeric string, got number NaN/],
  ] as const)('%s %j is refused', (method, args, message) => {
    expect(() => wireOf(commands[method]!, args)).toThrow(message);
  });
});
