import { getTransformReply, parseCommandArguments } from '@x/modules';
import HSCAN from './hscan';

describe('HSCAN', () => {
  it('is read-only; parses cursor and options', () => {
    expect(HSCAN.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(HSCAN, 'h', 0);
    expect(parser.redisArgs).toEqual(['HSCAN', 'h', '0']);
    expect(parser.keys).toEqual(['h']);
    expect(parseCommandArguments(HSCAN, 'h', '12', { MATCH: 'f*', COUNT: 5 }).redisArgs).toEqual([
      'HSCAN', 'h', '12', 'MATCH', 'f*', 'COUNT', '5',
    ]);
  });

  it('turns [cursor, flat entries] into { cursor, entries } in both protocols', () => {
    for (const resp of [2, 3] as const) {
      expect(getTransformReply(HSCAN, resp)!(['0', ['a', '1', 'b', '2']])).toEqual({
        cursor: '0',
        entries: [
          { field: 'a', value: '1' },
          { field: 'b', value: '2' },
        ],
      });
    }
    expect(HSCAN.transformReply(['3', []])).toEqual({ cursor: '3', entries: [] });
  });
});
