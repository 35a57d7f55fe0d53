import {
  describeValue,
  doubleArgument,
  numberArgument,
  objectArgument,
  optionsArgument,
  stringArgument,
  tokenArgument,
  unixTimeArgument,
} from './argument-checks';

describe('argument checks', () => {
  it('describe a value by its kind, never by its contents', () => {
    expect(['secret', 1, Number.NaN, null, undefined, [], {}, Buffer.from('x'), new Date(0), 1n].map(describeValue)).toEqual([
      'string', 'a number', 'NaN', 'null', 'undefined', 'an array', 'an object', 'a Buffer', 'a Date', 'bigint',
    ]);
  });

  it('numbers: finite numbers and bigints as text, strings as given', () => {
    expect([numberArgument('C', 'n', 1.5), numberArgument('C', 'n', -3), numberArgument('C', 'n', 2n ** 64n), numberArgument('C', 'n', '#1')]).toEqual([
      '1.5', '-3', '18446744073709551616', '#1',
    ]);
    for (const bad of [undefined, null, Number.NaN, Infinity, {}, true]) {
      expect(() => numberArgument('CMD', 'count', bad)).toThrow(TypeError);
    }
    expect(() => numberArgument('CMD', 'count', undefined)).toThrow('CMD: count must be a number, got undefined');
  });

  it('doubles: infinities as Redis spells them', () => {
    expect([doubleArgument('C', 'd', Infinity), doubleArgument('C', 'd', -Infinity), doubleArgument('C', 'd', 0.1), doubleArgument('C', 'd', '(1')]).toEqual([
      '+inf', '-inf', '0.1', '(1',
    ]);
    expect(() => doubleArgument('C', 'd', Number.NaN)).toThrow(TypeError);
  });

  it('Unix times: numbers as given, Dates in seconds or milliseconds', () => {
    const at = new Date(1_700_000_000_999);
    expect(unixTimeArgument('C', 't', at, 's')).toBe('1700000000');
    expect(unixTimeArgument('C', 't', at, 'ms')).toBe('1700000000999');
    expect(unixTimeArgument('C', 't', 5, 's')).toBe('5');
    expect(() => unixTimeArgument('C', 't', new Date('nope'), 's')).toThrow(TypeError);
    expect(() => unixTimeArgument('C', 't', '2030-01-01', 's')).toThrow(TypeError);
  });

  it('strings, tokens, objects and options', () => {
    expect(stringArgument('C', 's', 'x')).toBe('x');
    expect(() => stringArgument('C', 's', 1)).toThrow('C: s must be a string or a Buffer, got a number');
    expect(tokenArgument('C', 'mode', 'NX', ['NX', 'XX'])).toBe('NX');
    expect(() => tokenArgument('C', 'mode', 'nx', ['NX', 'XX'])).toThrow("C: mode must be one of 'NX', 'XX', got string");
    expect(objectArgument('C', 'o', { a: 1 })).toEqual({ a: 1 });
    expect(() => objectArgument('C', 'o', [1])).toThrow(TypeError);
    expect(optionsArgument('C', undefined)).toBeUndefined();
    expect(optionsArgument('C', null)).toBeUndefined();
    expect(() => optionsArgument('C', 'EX')).toThrow('C: options must be an object, got string');
  });
});
