import { encodeCommand, RedisReplyError, Resp2Reader, RespProtocolError, type RespReply } from './resp2-reader';

const cases: Array<[string, string, RespReply]> = [
  ['simple string', '+OK\r\n', 'OK'],
  ['error', '-ERR unknown command\r\n', new RedisReplyError('ERR unknown command')],
  ['integer', ':-42\r\n', -42],
  ['bulk string', '$5\r\nhé\r\n\r\n', 'hé\r\n'],
  ['empty bulk', '$0\r\n\r\n', ''],
  ['null bulk', '$-1\r\n', null],
  ['null array', '*-1\r\n', null],
  ['empty array', '*0\r\n', []],
  ['nested array', '*3\r\n:1\r\n*2\r\n+a\r\n$-1\r\n-ASK 1 127.0.0.1:7000\r\n', [1, ['a', null], new RedisReplyError('ASK 1 127.0.0.1:7000')]],
];

describe('Resp2Reader', () => {
  it.each(cases)('decodes a %s whole', (_name, wire, expected) => {
    expect(new Resp2Reader().push(Buffer.from(wire))).toEqual([expected]);
  });

  it.each(cases)('decodes a %s fed byte by byte', (_name, wire, expected) => {
    const reader = new Resp2Reader();
    const bytes = Buffer.from(wire);
    const out: RespReply[] = [];
    for (let i = 0; i < bytes.length; i++) out.push(...reader.push(bytes.subarray(i, i + 1)));
    expect(out).toEqual([expected]);
    expect(reader.pendingBytes).toBe(0);
  });

  it('hands out several replies from one chunk, in order, and keeps a partial one', () => {
    const reader = new Resp2Reader();
    expect(reader.push(Buffer.from('+a\r\n:2\r\n$3\r\nab'))).toEqual(['a', 2]);
    expect(reader.push(Buffer.from('c\r\n'))).toEqual(['abc']);
  });

  it('gives the error code as the first word', () => {
    const [error] = new Resp2Reader().push(Buffer.from('-MOVED 3999 127.0.0.1:6381\r\n'));
    expect(error).toBeInstanceOf(RedisReplyError);
    expect((error as RedisReplyError).code).toBe('MOVED');
  });

  it('decodes bulk strings as Buffers when asked (binary safe)', () => {
    const [value] = new Resp2Reader(true).push(Buffer.concat([Buffer.from('$2\r\n'), Buffer.from([0xff, 0x00]), Buffer.from('\r\n')]));
    expect(value).toEqual(Buffer.from([0xff, 0x00]));
  });

  it('rejects bytes that are not RESP2', () => {
    expect(() => new Resp2Reader().push(Buffer.from('%1\r\n'))).toThrow(RespProtocolError);
  });
});

describe('encodeCommand', () => {
  it('encodes strings, numbers and Buffers as bulk strings', () => {
    expect(encodeCommand(['SET', 'k', 12, Buffer.from([0x00])]).toString('latin1')).toBe('*4\r\n$3\r\nSET\r\n$1\r\nk\r\n$2\r\n12\r\n$1\r\n\x00\r\n');
  });
});
