import { doubleReply, doublesAsText, parseDouble } from './double-reply';
import { RESP_TYPES } from './resp-types';

describe('parseDouble (a RESP2 double, read as node-redis reads it)', () => {
  it.each([
    ['1.5', 1.5],
    ['-0.25', -0.25],
    ['3', 3],
    ['inf', Infinity],
    ['+inf', Infinity],
    ['-inf', -Infinity],
    ['1e3', 1000],
  ])('%s → %d', (text, value) => {
    expect(parseDouble(text)).toBe(value);
    expect(parseDouble(Buffer.from(text))).toBe(value);
  });

  it('nan → NaN, a number is kept, text that is not a number is NaN', () => {
    expect(parseDouble('nan')).toBeNaN();
    expect(parseDouble(2.5)).toBe(2.5);
    expect(parseDouble('abc')).toBeNaN();
  });

  it('a missing reply throws, as node-redis’s reader does', () => {
    expect(() => parseDouble(null)).toThrow(TypeError);
    expect(() => parseDouble(undefined)).toThrow(TypeError);
  });
});

describe('doubleReply (under a type mapping)', () => {
  it('keeps the text (string or Buffer) under DOUBLE: String', () => {
    const mapping = { [RESP_TYPES.DOUBLE]: String };
    expect(doublesAsText(mapping)).toBe(true);
    expect(doubleReply('inf', mapping)).toBe('inf');
    const buffer = Buffer.from('1.5');
    expect(doubleReply(buffer, mapping)).toBe(buffer);
  });

  it('parses otherwise (no mapping, or another one)', () => {
    expect(doublesAsText(undefined)).toBe(false);
    expect(doubleReply('-inf')).toBe(-Infinity);
    expect(doubleReply(Buffer.from('0.5'), { [RESP_TYPES.BLOB_STRING]: Buffer })).toBe(0.5);
  });
});
