import { DEFAULT_BLOCKING_POOL, resolveBlockingPoolOptions } from './blocking-pool-options';
import { InvalidOptionError } from './errors';

describe('resolveBlockingPoolOptions', () => {
  it('is on by default (16 connections, closed after 3 s idle); false turns it off', () => {
    expect(resolveBlockingPoolOptions(undefined)).toEqual({ maximum: 16, cleanupDelay: 3_000 });
    expect(resolveBlockingPoolOptions({})).toEqual(DEFAULT_BLOCKING_POOL);
    expect(resolveBlockingPoolOptions(false)).toBeUndefined();
    expect(resolveBlockingPoolOptions({ maximum: 4, cleanupDelay: 0 })).toEqual({ maximum: 4, cleanupDelay: 0 });
  });

  it('refuses a bad value naming the option', () => {
    expect(() => resolveBlockingPoolOptions({ maximum: 0 })).toThrow(InvalidOptionError);
    expect(() => resolveBlockingPoolOptions({ maximum: 1.5 })).toThrow(/blockingPool\.maximum/);
    expect(() => resolveBlockingPoolOptions({ cleanupDelay: -1 })).toThrow(/blockingPool\.cleanupDelay/);
    expect(() => resolveBlockingPoolOptions('yes')).toThrow(/blockingPool/);
    expect(() => resolveBlockingPoolOptions({ minimum: 2 }, 'defaults.blockingPool')).toThrow(/defaults\.blockingPool\.minimum/);
  });
});
