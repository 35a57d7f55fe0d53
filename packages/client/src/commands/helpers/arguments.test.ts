import { describeValue, numberArgument, stringArgument, tokenArgument } from './arguments';

describe('argument checks', () => {
  it('numberArgument: numbers as decimal text, strings and Buffers as given, the rest refused', () => {
    expect(numberArgument(-1.5, 'X n')).toBe('-1.5');
    expect(numberArgument('0', 'X n')).toBe('0');
    expect(numberArgument(Buffer.from('7'), 'X n')).toEqual(Buffer.from('7'));
    expect(numberArgument(10n, 'X n')).toBe('10');
    expect(() => numberArgument(undefined, 'X n')).toThrow(new TypeError('X n must be a number, got undefined'));
    expect(() => numberArgument({}, 'X n')).toThrow('X n must be a number, got an object');
  });

  it('stringArgument and tokenArgument', () => {
    expect(stringArgument('a', 'X s')).toBe('a');
    expect(() => stringArgument(1, 'X s')).toThrow('X s must be a string or a Buffer, got number 1');
    expect(tokenArgument('left', ['LEFT', 'RIGHT'], 'X side')).toBe('left');
    expect(() => tokenArgument('UP', ['LEFT', 'RIGHT'], 'X side')).toThrow(`X side must be 'LEFT' or 'RIGHT', got the string "UP"`);
  });

  it('describeValue', () => {
    expect([null, undefined, [], new Map(), Buffer.from('a'), true].map(describeValue)).toEqual([
      'null', 'undefined', 'an array', 'a Map', 'a Buffer', 'boolean true',
    ]);
  });
});
