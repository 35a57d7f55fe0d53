import { InvalidOptionError } from '../errors';
import { resolvePoolOptions } from './pool-options';

describe('resolvePoolOptions', () => {
  it("fills in node-redis's defaults", () => {
    expect(resolvePoolOptions(undefined)).toEqual({ minimum: 1, maximum: 100, acquireTimeout: 3000, cleanupDelay: 3000 });
    expect(resolvePoolOptions({ minimum: 2 })).toEqual({ minimum: 2, maximum: 100, acquireTimeout: 3000, cleanupDelay: 3000 });
    // A minimum above the default maximum raises the maximum with it.
    expect(resolvePoolOptions({ minimum: 150 }).maximum).toBe(150);
    expect(resolvePoolOptions({ minimum: 0, acquireTimeout: 0, cleanupDelay: 0 })).toEqual({ minimum: 0, maximum: 100, acquireTimeout: 0, cleanupDelay: 0 });
  });

  it.each([
    [{ minimum: -1 }, 'minimum'],
    [{ minimum: 1.5 }, 'minimum'],
    [{ minimum: '2' }, 'minimum'],
    [{ maximum: 0 }, 'maximum'],
    [{ minimum: 5, maximum: 4 }, 'maximum'],
    [{ acquireTimeout: -1 }, 'acquireTimeout'],
    [{ acquireTimeout: 2 ** 31 }, 'acquireTimeout'],
    [{ cleanupDelay: Number.NaN }, 'cleanupDelay'],
    [{ max: 4 }, 'max'],
  ])('refuses %j, naming %s', (options, option) => {
    const error = (() => {
      try {
        resolvePoolOptions(options as never);
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).option).toBe(option);
  });

  it('leaves clientSideCache to the pool (checked there), not to the scheduler', () => {
    expect(resolvePoolOptions({ clientSideCache: { ttl: 0 } })).toEqual(resolvePoolOptions(undefined));
  });

  it('refuses options that are not an object', () => {
    expect(() => resolvePoolOptions(3 as never)).toThrow(InvalidOptionError);
  });
});
