import { parseCommandArguments, type Tail } from '@x/modules';
import MSETEX from './msetex';

describe('MSETEX (Redis 8.4+)', () => {
  const args = (...rest: Tail<Parameters<typeof MSETEX.parseCommand>>) => parseCommandArguments(MSETEX, ...rest);

  it('counts the keys and records each, in all three forms', () => {
    for (const toSet of [[['a', '1'], ['b', '2']], ['a', '1', 'b', '2'], { a: '1', b: '2' }] as const) {
      const parser = args(toSet as never);
      expect(parser.redisArgs).toEqual(['MSETEX', '2', 'a', '1', 'b', '2']);
      expect(parser.keys).toEqual(['a', 'b']);
    }
  });

  it.each([
    [{ expiration: { type: 'EX', value: 10 } }, ['EX', '10']],
    [{ expiration: { type: 'PX', value: 5 }, mode: 'NX' }, ['NX', 'PX', '5']],
    [{ expiration: { type: 'EXAT', value: new Date(1_700_000_000_900) } }, ['EXAT', '1700000000']],
    [{ expiration: { type: 'PXAT', value: 1_700_000_000_900 } }, ['PXAT', '1700000000900']],
    [{ expiration: { type: 'KEEPTTL' } }, ['KEEPTTL']],
    [{ mode: 'XX' }, ['XX']],
  ] as const)('options %j', (options, expected) => {
    expect(args({ a: '1' }, options).redisArgs).toEqual(['MSETEX', '1', 'a', '1', ...expected]);
  });

  it('refuses an expiry it would drop (node-redis sends nothing for these)', () => {
    expect(() => args({ a: '1' }, { expiration: { type: 'EX' } as never })).toThrow(/MSETEX expiration.value must be a number/);
    expect(() => args({ a: '1' }, { expiration: { type: 'SOON', value: 1 } as never })).toThrow(/MSETEX expiration.type must be 'EX' or 'PX' or 'EXAT' or 'PXAT' or 'KEEPTTL', got the string "SOON"/);
    expect(() => args(['a'])).toThrow(TypeError);
  });
});
