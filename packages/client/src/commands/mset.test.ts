import { getTransformReply, parseCommandArguments } from '@x/modules';
import MSET from './mset';

describe('MSET', () => {
  const expected = ['MSET', 'a', '1', 'b', '2'];

  it('takes an array of pairs, recording every key', () => {
    const parser = parseCommandArguments(MSET, [['a', '1'], ['b', '2']]);
    expect(parser.redisArgs).toEqual(expected);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it('takes a flat array', () => {
    const parser = parseCommandArguments(MSET, ['a', '1', 'b', '2']);
    expect(parser.redisArgs).toEqual(expected);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it('takes an object', () => {
    const parser = parseCommandArguments(MSET, { a: '1', b: '2' });
    expect(parser.redisArgs).toEqual(expected);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it('takes Buffers', () => {
    const parser = parseCommandArguments(MSET, [[Buffer.from('a'), Buffer.from('1')]]);
    expect(parser.redisArgs).toEqual(['MSET', Buffer.from('a'), Buffer.from('1')]);
    expect(parser.keys).toEqual([Buffer.from('a')]);
  });

  it('refuses a shape it would have to guess at: empty, odd, mixed, a value missing', () => {
    expect(() => parseCommandArguments(MSET, [])).toThrow(/MSET the keys and values must be a non-empty array or object/);
    expect(() => parseCommandArguments(MSET, {})).toThrow(TypeError);
    expect(() => parseCommandArguments(MSET, ['a', '1', 'b'])).toThrow(/of even length/);
    expect(() => parseCommandArguments(MSET, ['a', ['b', '1']] as never)).toThrow(/element 1 of the flat array must be a string or a Buffer, got an array/);
    expect(() => parseCommandArguments(MSET, [['a']] as never)).toThrow(/pair 0 must be a \[key, value\] array/);
    expect(() => parseCommandArguments(MSET, { a: null } as never)).toThrow(/the value of "a" must be a string or a Buffer, got null/);
  });

  it('sends numbers as decimal strings (x takes them; node-redis would refuse them at send)', () => {
    expect(parseCommandArguments(MSET, { a: 1 } as never).redisArgs).toEqual(['MSET', 'a', '1']);
  });

  it('writes, and resolves with OK as decoded', () => {
    expect('IS_READ_ONLY' in MSET).toBe(false);
    expect(getTransformReply(MSET, 2)).toBeUndefined();
    expect(getTransformReply(MSET, 3)).toBeUndefined();
  });
});
