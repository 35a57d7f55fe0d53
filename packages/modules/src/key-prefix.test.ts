import { normalizeKeyPrefix, prefixKey, prefixKeys } from './key-prefix';

describe('prefixKey', () => {
  it('concatenates two strings into a string', () => {
    expect(prefixKey('app:', 'k')).toBe('app:k');
  });

  it('gives a Buffer with the exact bytes when either side is a Buffer', () => {
    expect(prefixKey(Buffer.from('app:'), 'k')).toEqual(Buffer.from('app:k'));
    expect(prefixKey('app:', Buffer.from([0xfe, 0x00]))).toEqual(Buffer.from([0x61, 0x70, 0x70, 0x3a, 0xfe, 0x00]));
  });

  it('leaves the key alone without a prefix or with an empty one', () => {
    const key = Buffer.from('k');
    expect(prefixKey(undefined, key)).toBe(key);
    expect(prefixKey('', 'k')).toBe('k');
    expect(prefixKey(Buffer.alloc(0), 'k')).toBe('k');
  });
});

describe('prefixKeys', () => {
  it('prefixes one key or each of several, in a new array', () => {
    const keys = ['a', 'b'];
    const out = prefixKeys('p:', keys);
    expect(out).toEqual(['p:a', 'p:b']);
    expect(out).not.toBe(keys);
    expect(prefixKeys('p:', 'a')).toEqual(['p:a']);
  });
});

describe('normalizeKeyPrefix', () => {
  it('turns an empty prefix into none', () => {
    expect(normalizeKeyPrefix('')).toBeUndefined();
    expect(normalizeKeyPrefix(Buffer.alloc(0))).toBeUndefined();
    expect(normalizeKeyPrefix(undefined)).toBeUndefined();
    expect(normalizeKeyPrefix('p:')).toBe('p:');
    expect(normalizeKeyPrefix(null as unknown as string)).toBeUndefined();
  });
});
