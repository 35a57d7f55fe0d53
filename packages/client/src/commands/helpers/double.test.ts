import { doubleArgument, parseDouble, parseNullableDouble, rangeArgument, doubleValueArgument } from './double';

describe('double helpers', () => {
  it.each([
    ['1.5', 1.5],
    ['-0.25', -0.25],
    ['3e2', 300],
    ['inf', Infinity],
    ['+inf', Infinity],
    ['-inf', -Infinity],
  ])('parseDouble(%j) is %d', (text, value) => {
    expect(parseDouble(text)).toBe(value);
    expect(parseDouble(Buffer.from(text))).toBe(value);
  });

  it('parseDouble: nan, and a number (RESP3 double) as it is', () => {
    expect(parseDouble('nan')).toBeNaN();
    expect(parseDouble(2.5)).toBe(2.5);
  });

  it('parseNullableDouble keeps null', () => {
    expect(parseNullableDouble(null)).toBeNull();
    expect(parseNullableDouble('1')).toBe(1);
  });

  it('doubleArgument writes infinities as Redis reads them', () => {
    expect(doubleArgument(Infinity)).toBe('+inf');
    expect(doubleArgument(-Infinity)).toBe('-inf');
    expect(doubleArgument(0.1)).toBe('0.1');
  });

  it('rangeArgument: numbers as doubles, strings as they are', () => {
    expect(rangeArgument(-Infinity)).toBe('-inf');
    expect(rangeArgument('(1')).toBe('(1');
    expect(rangeArgument(Buffer.from('[a'))).toEqual(Buffer.from('[a'));
  });
});

describe('doubleValueArgument', () => {
  it('numbers as Redis doubles, strings and Buffers as given', () => {
    expect([doubleValueArgument(Infinity, 'w'), doubleValueArgument(-Infinity, 'w'), doubleValueArgument(0.5, 'w'), doubleValueArgument('(1', 'w')]).toEqual([
      '+inf', '-inf', '0.5', '(1',
    ]);
    expect(doubleValueArgument(Buffer.from('1'), 'w')).toEqual(Buffer.from('1'));
  });

  it('refuses what would go out as "undefined" or "NaN", naming it', () => {
    expect(() => doubleValueArgument(undefined, 'INCREX by')).toThrow(new TypeError('INCREX by must be a number or a numeric string, got undefined'));
    expect(() => doubleValueArgument(Number.NaN, 'INCREX by')).toThrow(TypeError);
  });
});
