import { describeValue, doubleLike, integerLike, invalidArgument, refusedOption } from './argument-errors';

describe('argument errors', () => {
  it('names the command, the argument, what it must be and what it got', () => {
    expect(invalidArgument('ZADD', 'members[1]', '{ score, value }', ['1', 'a']).message).toBe(
      'ZADD: members[1] must be { score, value }, got ["1","a"]',
    );
  });

  it('describes values briefly: a Buffer by size, a long value cut, undefined and bigint readable', () => {
    expect(describeValue(Buffer.alloc(3))).toBe('a Buffer of 3 bytes');
    expect(describeValue('x'.repeat(100))).toHaveLength(61);
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(10n)).toBe('10n');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('[object Object]');
  });

  it('doubleLike: numbers as Redis doubles, strings as given, anything else refused', () => {
    expect(doubleLike('C', 'a', Infinity)).toBe('+inf');
    expect(doubleLike('C', 'a', '(1.5')).toBe('(1.5');
    expect(() => doubleLike('C', 'a', undefined)).toThrow(new TypeError('C: a must be a number or a string, got undefined'));
  });

  it('integerLike: numbers in decimal, strings as given, anything else refused', () => {
    expect(integerLike('C', 'n', 10)).toBe('10');
    expect(integerLike('C', 'n', Buffer.from('5'))).toEqual(Buffer.from('5'));
    expect(() => integerLike('C', 'n', { value: 1 })).toThrow(TypeError);
  });

  it('refusedOption names the method to use instead', () => {
    expect(refusedOption('ZDIFF', 'WITHSCORES', 'zDiffWithScores').message).toBe(
      'ZDIFF: the option WITHSCORES changes the reply; use zDiffWithScores instead',
    );
  });
});
