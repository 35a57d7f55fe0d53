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

  it('writes, and resolves with OK as decoded', () => {
    expect('IS_READ_ONLY' in MSET).toBe(false);
    expect(getTransformReply(MSET, 2)).toBeUndefined();
    expect(getTransformReply(MSET, 3)).toBeUndefined();
  });
});
