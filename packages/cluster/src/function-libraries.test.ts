import { InvalidOptionError } from '@x/client';
import { resolveFunctionLibraries } from './function-libraries';

// The option's validation: what reaches FUNCTION LOAD is code Redis 7 can name. The loading itself
// is tested on real clusters (test/function-libraries.test.ts).

const lib = (name: string) => `#!lua name=${name}\nredis.register_function('f_${name}', function() return 1 end)`;

describe('functionLibraries', () => {
  it('absent: no library', () => {
    expect(resolveFunctionLibraries(undefined)).toEqual([]);
  });

  it('each library is named by its #! line (name= may follow other parameters); Buffers too', () => {
    const code = Buffer.from('#!lua engine_flag=x name=second\nreturn');
    expect(resolveFunctionLibraries([lib('first'), code])).toEqual([
      { name: 'first', code: lib('first') },
      { name: 'second', code },
    ]);
  });

  it.each([
    ['not an array', 'return 1', 'functionLibraries', 'must be an array of library code (strings or Buffers)'],
    ['a number', [1], 'functionLibraries[0]', 'must be library code (a string or Buffer)'],
    ['no #! line', ['redis.register_function("f", function() end)'], 'functionLibraries[0]', 'must start with a "#!lua name=<library>" line'],
    ['no name', ['#!lua\nreturn'], 'functionLibraries[0]', 'must start with a "#!lua name=<library>" line'],
    ['a name twice', [lib('a'), lib('b'), lib('a')], 'functionLibraries[2]', 'library a is given twice'],
  ])('%s: an InvalidOptionError naming the entry', (_what, value, option, problem) => {
    let error: unknown;
    try {
      resolveFunctionLibraries(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).option).toBe(option);
    expect((error as Error).message).toContain(problem);
  });
});
