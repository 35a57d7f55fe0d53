import { doubleArgument, parseDouble, parseNullableDouble, rangeArgument } from './double';

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
