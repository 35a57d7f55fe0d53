import { getTransformReply, parseCommandArguments, type Tail } from '@x/modules';
import SCAN from './scan';

describe('SCAN', () => {
  it('is read-only and keyless', () => {
    expect(SCAN.IS_READ_ONLY).toBe(true);
    expect(SCAN.NOT_KEYED_COMMAND).toBe(true);
    expect(parseCommandArguments(SCAN, '0').keys).toEqual([]);
  });

  it.each<[Tail<Parameters<typeof SCAN.parseCommand>>, Array<string>]>([
    [[0], ['SCAN', '0']],
    [['17'], ['SCAN', '17']],
    [['0', { MATCH: 'user:*' }], ['SCAN', '0', 'MATCH', 'user:*']],
    [['0', { COUNT: 100 }], ['SCAN', '0', 'COUNT', '100']],
    [['0', { TYPE: 'hash' }], ['SCAN', '0', 'TYPE', 'hash']],
    [['5', { MATCH: 'a*', COUNT: 10, TYPE: 'set' }], ['SCAN', '5', 'MATCH', 'a*', 'COUNT', '10', 'TYPE', 'set']],
  ])('parses %j', (args, expected) => {
    expect(parseCommandArguments(SCAN, ...args).redisArgs).toEqual(expected);
  });

  it('turns [cursor, keys] into { cursor, keys } in both protocols', () => {
    for (const resp of [2, 3] as const) {
      expect(getTransformReply(SCAN, resp)!(['12', ['a', 'b']])).toEqual({ cursor: '12', keys: ['a', 'b'] });
    }
    expect(SCAN.transformReply(['0', []])).toEqual({ cursor: '0', keys: [] });
  });

  it('keeps Buffers (BLOB_STRING: Buffer)', () => {
    expect(SCAN.transformReply([Buffer.from('0'), [Buffer.from('k')]] as never)).toEqual({
      cursor: Buffer.from('0'),
      keys: [Buffer.from('k')],
    });
  });
});
