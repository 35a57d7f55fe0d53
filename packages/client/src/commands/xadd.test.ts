import { getTransformReply, parseCommandArguments } from '@x/modules';
import XADD from './xadd';

describe('XADD', () => {
  it('sends XADD key id field value …; only the stream is a key', () => {
    const parser = parseCommandArguments(XADD, 's', '*', { a: '1', b: Buffer.from('2') });
    expect(parser.redisArgs).toEqual(['XADD', 's', '*', 'a', '1', 'b', Buffer.from('2')]);
    expect(parser.keys).toEqual(['s']);
    expect('IS_READ_ONLY' in XADD).toBe(false);
  });

  it.each([
    [{ TRIM: { threshold: 1000 } }, ['MAXLEN', '1000']],
    [{ TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: 1000 } }, ['MAXLEN', '~', '1000']],
    [{ TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: 1000, limit: 100 } }, ['MAXLEN', '~', '1000', 'LIMIT', '100']],
    [{ TRIM: { strategy: 'MINID', strategyModifier: '=', threshold: '1700000000000-0' } }, ['MINID', '=', '1700000000000-0']],
  ] as const)('TRIM %j goes before the id', (options, expected) => {
    expect(parseCommandArguments(XADD, 's', '1-1', { f: 'v' }, options).redisArgs).toEqual([
      'XADD', 's', ...expected, '1-1', 'f', 'v',
    ]);
  });

  it('resolves with the new ID as decoded', () => {
    expect(getTransformReply(XADD, 2)).toBeUndefined();
    expect(getTransformReply(XADD, 3)).toBeUndefined();
  });
});
