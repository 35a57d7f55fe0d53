import { getTransformReply, parseCommandArguments } from '@x/modules';
import HSET from './hset';

describe('HSET', () => {
  it('hSet(key, field, value), recording the key only', () => {
    const parser = parseCommandArguments(HSET, 'h', 'field', 'value');
    expect(parser.redisArgs).toEqual(['HSET', 'h', 'field', 'value']);
    expect(parser.keys).toEqual(['h']);
    expect('IS_READ_ONLY' in HSET).toBe(false);
  });

  it('numbers become decimal strings', () => {
    expect(parseCommandArguments(HSET, 'h', 1, 2.5).redisArgs).toEqual(['HSET', 'h', '1', '2.5']);
  });

  it('an object', () => {
    expect(parseCommandArguments(HSET, 'h', { a: '1', b: 2 }).redisArgs).toEqual(['HSET', 'h', 'a', '1', 'b', '2']);
  });

  it('a Map', () => {
    const fields = new Map<string | number | Buffer, string | number | Buffer>([
      ['a', '1'],
      [Buffer.from('b'), 2],
    ]);
    expect(parseCommandArguments(HSET, 'h', fields).redisArgs).toEqual(['HSET', 'h', 'a', '1', Buffer.from('b'), '2']);
  });

  it('an array of pairs, and a flat array', () => {
    expect(parseCommandArguments(HSET, 'h', [['a', '1'], ['b', 2]]).redisArgs).toEqual(['HSET', 'h', 'a', '1', 'b', '2']);
    expect(parseCommandArguments(HSET, 'h', ['a', '1', 'b', 2]).redisArgs).toEqual(['HSET', 'h', 'a', '1', 'b', '2']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(HSET, 2)).toBeUndefined();
    expect(getTransformReply(HSET, 3)).toBeUndefined();
  });
});
