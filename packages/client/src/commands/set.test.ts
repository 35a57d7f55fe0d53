import { getTransformReply, parseCommandArguments, type Tail } from '@x/modules';
import SET from './set';

describe('SET', () => {
  const args = (...rest: Tail<Parameters<typeof SET.parseCommand>>) => parseCommandArguments(SET, ...rest).redisArgs;

  it('writes (not read-only) and records the key', () => {
    expect('IS_READ_ONLY' in SET).toBe(false);
    const parser = parseCommandArguments(SET, 'key', 'value');
    expect(parser.redisArgs).toEqual(['SET', 'key', 'value']);
    expect(parser.keys).toEqual(['key']);
  });

  it('sends a number value as a decimal string', () => {
    expect(args('key', 1.5)).toEqual(['SET', 'key', '1.5']);
  });

  it.each([
    [{ EX: 10 }, ['EX', '10']],
    [{ PX: 100 }, ['PX', '100']],
    [{ EXAT: 1700000000 }, ['EXAT', '1700000000']],
    [{ PXAT: 1700000000000 }, ['PXAT', '1700000000000']],
    [{ KEEPTTL: true }, ['KEEPTTL']],
    [{ NX: true }, ['NX']],
    [{ XX: true }, ['XX']],
    [{ GET: true }, ['GET']],
    [{ EX: 1, NX: true, GET: true }, ['EX', '1', 'NX', 'GET']],
  ])('v4 flags %j', (options, expected) => {
    expect(args('key', 'value', options)).toEqual(['SET', 'key', 'value', ...expected]);
  });

  it.each([
    [{ expiration: { type: 'EX', value: 10 } }, ['EX', '10']],
    [{ expiration: { type: 'PX', value: 5 } }, ['PX', '5']],
    [{ expiration: { type: 'EXAT', value: 1700000000 } }, ['EXAT', '1700000000']],
    [{ expiration: { type: 'PXAT', value: 1700000000000 } }, ['PXAT', '1700000000000']],
    [{ expiration: { type: 'KEEPTTL' } }, ['KEEPTTL']],
    [{ expiration: 'KEEPTTL' }, ['KEEPTTL']],
    [{ condition: 'NX' }, ['NX']],
    [{ condition: 'XX' }, ['XX']],
    [{ expiration: { type: 'PX', value: 7 }, condition: 'XX', GET: true }, ['PX', '7', 'XX', 'GET']],
  ] as const)('v5 expiration/condition %j', (options, expected) => {
    expect(args('key', 'value', options)).toEqual(['SET', 'key', 'value', ...expected]);
  });

  it('expiration wins over the flat flags, condition over NX/XX', () => {
    expect(args('k', 'v', { expiration: { type: 'EX', value: 1 }, PX: 2, condition: 'NX', XX: true })).toEqual([
      'SET', 'k', 'v', 'EX', '1', 'NX',
    ]);
  });

  it.each([
    [{ condition: 'IFEQ', matchValue: 'old' }, ['IFEQ', 'old']],
    [{ condition: 'IFNE', matchValue: Buffer.from('old') }, ['IFNE', Buffer.from('old')]],
    [{ condition: 'IFDEQ', matchValue: 'e0b9ed5e2b2d7a2c', GET: true }, ['IFDEQ', 'e0b9ed5e2b2d7a2c', 'GET']],
    [{ condition: 'IFDNE', matchValue: 'd', EX: 5 }, ['EX', '5', 'IFDNE', 'd']],
  ] as const)('Redis 8.4 conditions with their match value %j', (options, expected) => {
    expect(args('key', 'value', options)).toEqual(['SET', 'key', 'value', ...expected]);
  });

  it('takes a Date for EXAT and PXAT (x only; node-redis sends Date#toString())', () => {
    const at = new Date(1_700_000_000_500);
    expect(args('k', 'v', { EXAT: at as unknown as number })).toEqual(['SET', 'k', 'v', 'EXAT', '1700000000']);
    expect(args('k', 'v', { PXAT: at as unknown as number })).toEqual(['SET', 'k', 'v', 'PXAT', '1700000000500']);
  });

  it('refuses what node-redis would send as "undefined" or drop: an expiry without its value, a match value without a condition', () => {
    expect(() => args('k', 'v', { expiration: { type: 'EX' } as never })).toThrow(new TypeError('SET expiration.value must be a number, got undefined'));
    expect(() => args('k', 'v', { EX: 'ten' as unknown as number })).not.toThrow(); // a string goes as given: the server judges it
    expect(() => args('k', 'v', { matchValue: 'x' })).toThrow(/SET matchValue must be given with a condition/);
    expect(() => args('k', 'v', { expiration: null as never })).toThrow(/SET expiration must be an object/);
  });

  it('resolves with OK, null, or the old value as decoded', () => {
    expect(getTransformReply(SET, 2)).toBeUndefined();
    expect(getTransformReply(SET, 3)).toBeUndefined();
  });
});
