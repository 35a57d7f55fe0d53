import { parseCommandArguments } from '@x/modules';
import ZRANGE_WITHSCORES from './zrange-withscores';

describe('ZRANGE WITHSCORES', () => {
  it('is read-only; WITHSCORES comes last', () => {
    expect(ZRANGE_WITHSCORES.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(ZRANGE_WITHSCORES, 'z', 0, 10, { BY: 'SCORE', REV: true, LIMIT: { offset: 0, count: 2 } });
    expect(parser.redisArgs).toEqual(['ZRANGE', 'z', '0', '10', 'BYSCORE', 'REV', 'LIMIT', '0', '2', 'WITHSCORES']);
    expect(parser.keys).toEqual(['z']);
  });

  it('RESP2: flat members and string scores → [{ value, score }]', () => {
    expect(ZRANGE_WITHSCORES.transformReply[2](['m1', '1.5', 'm2', '2'])).toEqual([
      { value: 'm1', score: 1.5 },
      { value: 'm2', score: 2 },
    ]);
    expect(ZRANGE_WITHSCORES.transformReply[2]([])).toEqual([]);
  });

  it('RESP2: Buffer scores and inf are parsed', () => {
    expect(ZRANGE_WITHSCORES.transformReply[2]([Buffer.from('a'), Buffer.from('-inf'), Buffer.from('b'), Buffer.from('inf')])).toEqual([
      { value: Buffer.from('a'), score: -Infinity },
      { value: Buffer.from('b'), score: Infinity },
    ]);
  });

  it('RESP3: [[member, double]] → [{ value, score }]', () => {
    expect(ZRANGE_WITHSCORES.transformReply[3]([['m1', 1.5], ['m2', 2]])).toEqual([
      { value: 'm1', score: 1.5 },
      { value: 'm2', score: 2 },
    ]);
  });
});
