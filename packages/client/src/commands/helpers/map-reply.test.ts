import { RESP_TYPES } from '@x/modules';
import { flatToMapReply, mapReplyEntries } from './map-reply';

describe('flatToMapReply', () => {
  it('defaults to a plain object with string keys', () => {
    expect(flatToMapReply([Buffer.from('a'), 1, 'b', 2], undefined)).toEqual({ a: 1, b: 2 });
  });

  it('MAP: Map keeps the keys as decoded', () => {
    expect(flatToMapReply([Buffer.from('a'), 1], { [RESP_TYPES.MAP]: Map })).toEqual(new Map([[Buffer.from('a'), 1]]));
  });

  it('MAP: Array keeps the flat array (a copy when values are transformed)', () => {
    const flat = ['a', '1'];
    expect(flatToMapReply(flat, { [RESP_TYPES.MAP]: Array })).toBe(flat);
    expect(flatToMapReply(flat, { [RESP_TYPES.MAP]: Array }, Number)).toEqual(['a', 1]);
  });

  it('applies the value transform in every shape', () => {
    expect(flatToMapReply(['a', '1'], undefined, Number)).toEqual({ a: 1 });
    expect(flatToMapReply(['a', '1'], { [RESP_TYPES.MAP]: Map }, Number)).toEqual(new Map([['a', 1]]));
  });
});

describe('mapReplyEntries', () => {
  it('reads a plain object, a Map and a flat array alike', () => {
    const expected = [
      ['a', 1],
      ['b', 2],
    ];
    expect(mapReplyEntries({ a: 1, b: 2 })).toEqual(expected);
    expect(mapReplyEntries(new Map([['a', 1], ['b', 2]]))).toEqual(expected);
    expect(mapReplyEntries(['a', 1, 'b', 2])).toEqual(expected);
  });
});
