import { parseCommandArguments } from '@x/modules';
import HSETEX from './hsetex';

const wire = (...args: Array<unknown>) => parseCommandArguments(HSETEX, ...(args as [string, Record<string, string>])).redisArgs;

describe('HSETEX', () => {
  it('counts the fields of every form hSet takes', () => {
    expect(wire('h', { a: 1, b: 'x' })).toEqual(['HSETEX', 'h', 'FIELDS', '2', 'a', '1', 'b', 'x']);
    expect(wire('h', new Map([['a', 1]]))).toEqual(['HSETEX', 'h', 'FIELDS', '1', 'a', '1']);
    expect(wire('h', [['a', '1'], ['b', '2']])).toEqual(['HSETEX', 'h', 'FIELDS', '2', 'a', '1', 'b', '2']);
    expect(wire('h', ['a', '1', 'b', '2'])).toEqual(['HSETEX', 'h', 'FIELDS', '2', 'a', '1', 'b', '2']);
  });

  it('sends the condition, then the expiration, then the fields', () => {
    expect(wire('h', { a: '1' }, { mode: 'FXX', expiration: { type: 'EXAT', value: 1_700_000_000 } })).toEqual([
      'HSETEX', 'h', 'FXX', 'EXAT', '1700000000', 'FIELDS', '1', 'a', '1',
    ]);
    expect(wire('h', { a: '1' }, { expiration: { type: 'KEEPTTL' } })).toEqual(['HSETEX', 'h', 'KEEPTTL', 'FIELDS', '1', 'a', '1']);
  });

  it('refuses no fields, a field without its value, an undefined value and a timed expiration without its value', () => {
    expect(() => wire('h', {})).toThrow('HSETEX: no fields to set');
    expect(() => wire('h', ['a', '1', 'b'])).toThrow('HSETEX: field "b" has no value');
    expect(() => wire('h', { a: undefined })).toThrow('HSETEX: the value of field "a" is undefined');
    expect(() => wire('h', { a: '1' }, { expiration: { type: 'EX' } })).toThrow('HSETEX expiration EX must be a number, got undefined');
    expect(() => wire('h', { a: '1' }, { mode: 'NX' })).toThrow(TypeError);
  });
});
