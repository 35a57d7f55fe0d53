import { getTransformReply, parseCommandArguments } from '@x/modules';
import XADD from './xadd';
import XADD_NOMKSTREAM from './xadd-nomkstream';

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

  it("x's own message forms: [field, value] pairs and a flat array send the fields (node-redis would send the indexes)", () => {
    const expected = ['XADD', 's', '*', 'a', '1', 'b', '2'];
    expect(parseCommandArguments(XADD, 's', '*', [['a', '1'], ['b', '2']]).redisArgs).toEqual(expected);
    expect(parseCommandArguments(XADD, 's', '*', ['a', '1', 'b', '2']).redisArgs).toEqual(expected);
  });

  it('refuses a malformed message before sending', () => {
    expect(() => parseCommandArguments(XADD, 's', '*', ['a', '1', 'b'])).toThrow(/XADD: message must be a flat \[field, value, …\] array of even length/);
    expect(() => parseCommandArguments(XADD, 's', '*', [['a', '1'], ['b']] as never)).toThrow(/message\[1\] must be a \[field, value\] pair/);
    expect(() => parseCommandArguments(XADD, 's', '*', { a: 1 } as never)).toThrow(/message.a must be a string or a Buffer, got 1/);
    expect(() => parseCommandArguments(XADD, 's', '*', 'a' as never)).toThrow(/message must be a record of fields/);
  });

  it('Redis 8 options in node-redis order: policy, IDMPAUTO | IDMP, then the trim with its policy', () => {
    expect(
      parseCommandArguments(XADD, 's', '*', { f: 'v' }, { policy: 'ACKED', IDMP: { pid: 'p', iid: 'i' }, TRIM: { strategy: 'MAXLEN', threshold: 5, policy: 'DELREF' } })
        .redisArgs,
    ).toEqual(['XADD', 's', 'ACKED', 'IDMP', 'p', 'i', 'MAXLEN', '5', 'DELREF', '*', 'f', 'v']);
    expect(parseCommandArguments(XADD_NOMKSTREAM, 's', '*', { f: 'v' }, { IDMPAUTO: { pid: 'p' } }).redisArgs).toEqual([
      'XADD', 's', 'NOMKSTREAM', 'IDMPAUTO', 'p', '*', 'f', 'v',
    ]);
  });

  it('resolves with the new ID as decoded', () => {
    expect(getTransformReply(XADD, 2)).toBeUndefined();
    expect(getTransformReply(XADD, 3)).toBeUndefined();
  });
});
