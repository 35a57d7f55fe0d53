import { describeValue, numberArgument, objectArgument, optionsArgument, stringArgument, tokenArgument } from './arguments';

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

describe('options and object arguments', () => {
  it('an options argument is absent or an object', () => {
    expect(optionsArgument(undefined, 'C options')).toBeUndefined();
    expect(optionsArgument(null, 'C options')).toBeUndefined();
    expect(optionsArgument({ EX: 1 }, 'C options')).toEqual({ EX: 1 });
  });

  it('anything else is refused, naming it, instead of being read as no options', () => {
    expect(() => optionsArgument('EX', 'C options')).toThrow(new TypeError('C options must be an object, got the string "EX"'));
    expect(() => optionsArgument(['k'], 'C options')).toThrow('C options must be an object, got an array');
    expect(() => optionsArgument(Buffer.from('x'), 'C options')).toThrow('C options must be an object, got a Buffer');
  });

  it('an object argument is required', () => {
    expect(objectArgument({ start: 0 }, 'C range')).toEqual({ start: 0 });
    expect(() => objectArgument(undefined, 'C range')).toThrow('C range must be an object, got undefined');
    expect(() => objectArgument(5, 'C range')).toThrow('C range must be an object, got number 5');
  });
});
