import { RESP_TYPES } from '@x/modules';
import { tuplesReply, tuplesReplyWith } from './type-mapped-maps';

describe('maps sent as flat arrays', () => {
  const flat = [Buffer.from('a'), Buffer.from('1'), 'b', '2'];

  it('a plain object by default, keys as text', () => {
    expect(tuplesReply(flat)).toEqual({ a: Buffer.from('1'), b: '2' });
  });

  it('a Map under MAP: Map, keys as text in order', () => {
    const map = tuplesReply(flat, { [RESP_TYPES.MAP]: Map }) as Map<string, unknown>;
    expect([...map.keys()]).toEqual(['a', 'b']);
  });

  it('the flat array itself under MAP: Array (a copy only when values are transformed)', () => {
    expect(tuplesReply(flat, { [RESP_TYPES.MAP]: Array })).toBe(flat);
    expect(tuplesReplyWith(['x', '1'], { [RESP_TYPES.MAP]: Array }, Number)).toEqual(['x', 1]);
  });

  it('a __proto__ key is a plain key, never the prototype', () => {
    const object = tuplesReply(['__proto__', { polluted: true }]) as Record<string, unknown>;
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toEqual(['__proto__']);
  });
});
