import { getTransformReply, parseCommandArguments } from '@x/modules';
import ZRANGE from './zrange';

describe('ZRANGE', () => {
  it('is read-only; by rank', () => {
    expect(ZRANGE.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(ZRANGE, 'z', 0, -1);
    expect(parser.redisArgs).toEqual(['ZRANGE', 'z', '0', '-1']);
    expect(parser.keys).toEqual(['z']);
  });

  it.each([
    [['(1', '+inf', { BY: 'SCORE' }], ['(1', '+inf', 'BYSCORE']],
    [[-Infinity, Infinity, { BY: 'SCORE', LIMIT: { offset: 10, count: 5 } }], ['-inf', '+inf', 'BYSCORE', 'LIMIT', '10', '5']],
    [['[a', '(c', { BY: 'LEX' }], ['[a', '(c', 'BYLEX']],
    [[0, 9, { REV: true }], ['0', '9', 'REV']],
    [['+', '-', { BY: 'LEX', REV: true, LIMIT: { offset: 0, count: 1 } }], ['+', '-', 'BYLEX', 'REV', 'LIMIT', '0', '1']],
  ] as const)('%j', ([min, max, options], expected) => {
    expect(parseCommandArguments(ZRANGE, 'z', min, max, options).redisArgs).toEqual(['ZRANGE', 'z', ...expected]);
  });

  it('resolves with the members as decoded', () => {
    expect(getTransformReply(ZRANGE, 2)).toBeUndefined();
    expect(getTransformReply(ZRANGE, 3)).toBeUndefined();
  });
});
