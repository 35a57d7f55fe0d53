import { getTransformReply, parseCommandArguments } from '@x/modules';
import ZSCAN from './zscan';

describe('ZSCAN', () => {
  it('is read-only; parses cursor and options', () => {
    expect(ZSCAN.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(ZSCAN, 'z', 0, { MATCH: 'm*', COUNT: 3 });
    expect(parser.redisArgs).toEqual(['ZSCAN', 'z', '0', 'MATCH', 'm*', 'COUNT', '3']);
    expect(parser.keys).toEqual(['z']);
  });

  it('both protocols: flat members with string scores → { cursor, members: [{ value, score }] }', () => {
    for (const resp of [2, 3] as const) {
      expect(getTransformReply(ZSCAN, resp)!(['0', ['m1', '1.5', 'm2', '2']])).toEqual({
        cursor: '0',
        members: [
          { value: 'm1', score: 1.5 },
          { value: 'm2', score: 2 },
        ],
      });
    }
  });

  it('Buffer scores are parsed', () => {
    expect(ZSCAN.transformReply([Buffer.from('4'), [Buffer.from('m'), Buffer.from('+inf')]] as never)).toEqual({
      cursor: Buffer.from('4'),
      members: [{ value: Buffer.from('m'), score: Infinity }],
    });
  });
});
