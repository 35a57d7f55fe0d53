import { getTransformReply, parseCommandArguments, RESP_TYPES, type TypeMapping } from '@x/modules';
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

  it("RESP2 reads the integer through node-redis's double transform; RESP3 resolves it as decoded", () => {
    const resp2 = getTransformReply(ZADD, 2)!;
    expect(resp2(2)).toBe(2);
    expect(resp2('2', undefined, { [RESP_TYPES.DOUBLE]: String } as TypeMapping)).toBe('2');
    expect(getTransformReply(ZADD, 3)).toBeUndefined();
  });

  it('refuses members that are not { score, value } before sending (a flat array included)', () => {
    expect(() => parseCommandArguments(ZADD, 'z', ['1', 'a'] as never)).toThrow(new TypeError('ZADD: members[0] must be { score, value }, got "1"'));
    expect(() => parseCommandArguments(ZADD, 'z', { score: 1 } as never)).toThrow(TypeError);
    expect(() => parseCommandArguments(ZADD, 'z', { score: {}, value: 'a' } as never)).toThrow(/members.score must be a number/);
  });
});
