import { getTransformReply, parseCommandArguments } from '@x/modules';
import ZADD from './zadd';

describe('ZADD', () => {
  it('one member { score, value }', () => {
    const parser = parseCommandArguments(ZADD, 'z', { score: 1.5, value: 'a' });
    expect(parser.redisArgs).toEqual(['ZADD', 'z', '1.5', 'a']);
    expect(parser.keys).toEqual(['z']);
    expect('IS_READ_ONLY' in ZADD).toBe(false);
  });

  it('several members; infinite scores as +inf/-inf', () => {
    expect(
      parseCommandArguments(ZADD, 'z', [
        { score: Infinity, value: 'top' },
        { score: -Infinity, value: 'bottom' },
        { score: 2, value: Buffer.from('b') },
      ]).redisArgs,
    ).toEqual(['ZADD', 'z', '+inf', 'top', '-inf', 'bottom', '2', Buffer.from('b')]);
  });

  it.each([
    [{ condition: 'NX' }, ['NX']],
    [{ condition: 'XX', comparison: 'GT' }, ['XX', 'GT']],
    [{ comparison: 'LT', CH: true }, ['LT', 'CH']],
    [{ NX: true }, ['NX']],
    [{ XX: true, GT: true, CH: true }, ['XX', 'GT', 'CH']],
    [{ LT: true }, ['LT']],
  ] as const)('options %j go before the members', (options, expected) => {
    expect(parseCommandArguments(ZADD, 'z', { score: 1, value: 'a' }, options).redisArgs).toEqual([
      'ZADD', 'z', ...expected, '1', 'a',
    ]);
  });

  it('resolves with the integer as decoded', () => {
    expect(getTransformReply(ZADD, 2)).toBeUndefined();
    expect(getTransformReply(ZADD, 3)).toBeUndefined();
  });
});
