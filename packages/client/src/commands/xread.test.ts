import { parseCommandArguments, RESP_TYPES } from '@x/modules';
import XREAD from './xread';

// What the server sends for `XREAD STREAMS s1 s2 0 0` (redis 7.0): RESP2 nested arrays, RESP3 a map.
const entries1 = [['1-1', ['f', 'v']], ['1-2', ['a', '1', 'b', '2']]];
const entries2 = [['2-1', ['x', 'y']]];
const expected = [
  {
    name: 's1',
    messages: [
      { id: '1-1', message: { f: 'v' } },
      { id: '1-2', message: { a: '1', b: '2' } },
    ],
  },
  { name: 's2', messages: [{ id: '2-1', message: { x: 'y' } }] },
];

describe('XREAD', () => {
  it('is read-only; one stream { key, id }', () => {
    expect(XREAD.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(XREAD, { key: 's', id: '0' });
    expect(parser.redisArgs).toEqual(['XREAD', 'STREAMS', 's', '0']);
    expect(parser.keys).toEqual(['s']);
  });

  it('several streams: all keys, then all ids; every stream key recorded', () => {
    const parser = parseCommandArguments(XREAD, [
      { key: 'a', id: '0' },
      { key: 'b', id: '$' },
    ]);
    expect(parser.redisArgs).toEqual(['XREAD', 'STREAMS', 'a', 'b', '0', '$']);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it('COUNT and BLOCK', () => {
    expect(parseCommandArguments(XREAD, { key: 's', id: '$' }, { COUNT: 10, BLOCK: 0 }).redisArgs).toEqual([
      'XREAD', 'COUNT', '10', 'BLOCK', '0', 'STREAMS', 's', '$',
    ]);
  });

  it('RESP2: [[name, entries]] → [{ name, messages: [{ id, message }] }]', () => {
    expect(XREAD.transformReply[2]([['s1', entries1], ['s2', entries2]])).toEqual(expected);
  });

  it('RESP3: a map decoded to a plain object gives the same', () => {
    expect(XREAD.transformReply[3]({ s1: entries1, s2: entries2 })).toEqual(expected);
  });

  it('RESP3: a map decoded to a Map or a flat array gives the same', () => {
    const tm = { [RESP_TYPES.MAP]: Map };
    const asMap = XREAD.transformReply[3](new Map<unknown, unknown>([['s1', entries1], ['s2', entries2]]), undefined, tm);
    expect(asMap!.map((s) => s.name)).toEqual(['s1', 's2']);
    expect(asMap![0]!.messages[0]!.message).toEqual(new Map([['f', 'v']]));
    expect(XREAD.transformReply[3](['s1', entries1, 's2', entries2])).toEqual(expected);
  });

  it('null (BLOCK timed out, or nothing new) stays null in both protocols', () => {
    expect(XREAD.transformReply[2](null)).toBeNull();
    expect(XREAD.transformReply[3](null)).toBeNull();
  });

  it("under BLOB_STRING: Buffer, as node-redis: RESP2 names are Buffers, RESP3's (map keys) strings", () => {
    const tm = { [RESP_TYPES.BLOB_STRING]: Buffer };
    const raw = [['1-1', [Buffer.from('f'), Buffer.from('v')]]];
    const resp2 = XREAD.transformReply[2]([[Buffer.from('s1'), raw]], undefined, tm);
    const resp3 = XREAD.transformReply[3]({ s1: raw }, undefined, tm);
    expect(resp2![0]!.name).toEqual(Buffer.from('s1'));
    expect(resp3![0]!.name).toBe('s1');
    expect(resp3![0]!.messages).toEqual(resp2![0]!.messages);
    expect(resp3![0]!.messages[0]!.message).toEqual({ f: Buffer.from('v') });
  });

  it('MAP: Map keeps message keys as strings; MAP: Array keeps the flat fields', () => {
    const raw = [['1-1', ['f', 'v']]];
    expect(XREAD.transformReply[2]([['s', raw]], undefined, { [RESP_TYPES.MAP]: Map })![0]!.messages[0]!.message).toEqual(new Map([['f', 'v']]));
    expect(XREAD.transformReply[2]([['s', raw]], undefined, { [RESP_TYPES.MAP]: Array })![0]!.messages[0]!.message).toEqual(['f', 'v']);
  });

  it('refuses a stream that is not { key, id } before sending', () => {
    expect(() => parseCommandArguments(XREAD, ['s', '0'] as never)).toThrow(new TypeError('XREAD: streams[0] must be { key, id }, got "s"'));
  });

  it('MAXCOUNT and MAXSIZE (Redis 8) in node-redis order', () => {
    expect(parseCommandArguments(XREAD, { key: 's', id: '0' }, { BLOCK: 5, MAXSIZE: 10, MAXCOUNT: 2, COUNT: 1 }).redisArgs).toEqual([
      'XREAD', 'COUNT', '1', 'MAXCOUNT', '2', 'MAXSIZE', '10', 'BLOCK', '5', 'STREAMS', 's', '0',
    ]);
  });
});
