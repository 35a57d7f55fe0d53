import { getTransformReply, parseCommandArguments } from '@x/modules';
import HSET from './hset';

const wire = (...args: Array<unknown>) => parseCommandArguments(HSET, ...(args as [string, string, string])).redisArgs;

describe('HSET', () => {
  it('hSet(key, field, value), recording the key only', () => {
    const parser = parseCommandArguments(HSET, 'h', 'field', 'value');
    expect(parser.redisArgs).toEqual(['HSET', 'h', 'field', 'value']);
    expect(parser.keys).toEqual(['h']);
    expect('IS_READ_ONLY' in HSET).toBe(false);
  });

  it('numbers become decimal strings, Buffers stay Buffers', () => {
    expect(wire('h', 1, 2.5)).toEqual(['HSET', 'h', '1', '2.5']);
    expect(wire('h', Buffer.from('f'), Buffer.from('v'))).toEqual(['HSET', 'h', Buffer.from('f'), Buffer.from('v')]);
  });

  it('an object', () => {
    expect(wire('h', { a: '1', b: 2 })).toEqual(['HSET', 'h', 'a', '1', 'b', '2']);
  });

  it('a Map', () => {
    const fields = new Map<string | number | Buffer, string | number | Buffer>([
      ['a', '1'],
      [Buffer.from('b'), 2],
    ]);
    expect(wire('h', fields)).toEqual(['HSET', 'h', 'a', '1', Buffer.from('b'), '2']);
  });

  // Issue 12 §1: a flat array is field, value, field, value — never each string read as a pair.
  it('an array of pairs, a flat array, and both mixed or nested (node-redis flattens arrays)', () => {
    expect(wire('h', [['a', '1'], ['b', 2]])).toEqual(['HSET', 'h', 'a', '1', 'b', '2']);
    expect(wire('h', ['f1', 'v1', 'f2', 'v2'])).toEqual(['HSET', 'h', 'f1', 'v1', 'f2', 'v2']);
    expect(wire('h', [['f', 'v']])).toEqual(['HSET', 'h', 'f', 'v']);
    expect(wire('h', [['a', '1'], 'b', '2', [['c', 3]]])).toEqual(['HSET', 'h', 'a', '1', 'b', '2', 'c', '3']);
  });

  it('an odd flat array goes as given: the server refuses it, as it does for node-redis', () => {
    expect(wire('h', ['f1', 'v1', 'f2'])).toEqual(['HSET', 'h', 'f1', 'v1', 'f2']);
  });

  it('refuses a value that is not a string, Buffer or number, naming the field', () => {
    expect(() => wire('h', { a: undefined })).toThrow(TypeError);
    expect(() => wire('h', { a: undefined })).toThrow('HSET: the value of field "a" is undefined');
    expect(() => wire('h', { ok: '1', b: null })).toThrow('HSET: the value of field "b" is null');
    expect(() => wire('h', { a: { nested: 1 } })).toThrow('HSET: the value of field "a" is an object');
    expect(() => wire('h', new Map([['m', undefined]]))).toThrow('HSET: the value of field "m" is undefined');
    expect(() => wire('h', ['f1', 'v1', 'f2', undefined])).toThrow('HSET: the value of field "f2" is undefined');
    expect(() => wire('h', [['p', true]])).toThrow('HSET: the value of field "p" is boolean true');
    expect(() => wire('h', 'field', undefined)).toThrow('HSET: the value of field "field" is undefined');
    expect(() => wire('h', [[undefined, 'v']])).toThrow('HSET: a field name (undefined) is undefined');
  });

  it('refuses fields of another kind, and a value after a fields object', () => {
    expect(() => wire('h', undefined)).toThrow('HSET: the fields must be an object, a Map or an array, got undefined');
    expect(() => wire('h', { a: '1' }, 'extra')).toThrow(TypeError);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(HSET, 2)).toBeUndefined();
    expect(getTransformReply(HSET, 3)).toBeUndefined();
  });
});
