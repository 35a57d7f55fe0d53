import { Parser } from './decoder';
import { ReplyError } from './reply-error';
import { VerbatimString } from './verbatim-string';
import type { RespValue } from './types';
import { decodeAllWays, plain, recordingParser, replyOf, repliesOf } from '../test/support/feed';

/** Every test here decodes its input whole, byte by byte and at random split points (decodeAllWays). */

describe('RESP2 types', () => {
  test('simple strings, including empty and UTF-8', () => {
    expect(repliesOf('+OK\r\n+\r\n')).toEqual(['OK', '']);
    expect(replyOf(Buffer.from('+héllo ✓\r\n', 'utf8'))).toBe('héllo ✓');
  });

  test('integers: zero, negative, explicit plus, int64 bounds', () => {
    expect(repliesOf(':0\r\n:-42\r\n:+7\r\n:1000\r\n')).toEqual([0, -42, 7, 1000]);
    expect(replyOf(':-0\r\n')).toBe(0);
    expect(replyOf(':9223372036854775807\r\n')).toBe(Number('9223372036854775807'));
  });

  test('integers beyond 2^53: number rounds correctly, bigint and string are exact', () => {
    const wire = ':9007199254740993\r\n:-9223372036854775808\r\n';
    expect(repliesOf(wire)).toEqual([Number('9007199254740993'), Number('-9223372036854775808')]);
    expect(repliesOf(wire, { integers: 'bigint' })).toEqual([9007199254740993n, -9223372036854775808n]);
    expect(repliesOf(wire, { integers: 'string' })).toEqual(['9007199254740993', '-9223372036854775808']);
    expect(repliesOf(':+5\r\n:12\r\n', { stringNumbers: true })).toEqual(['5', '12']);
  });

  test('bulk strings: plain, empty, null, binary with CRLF inside, UTF-8', () => {
    expect(repliesOf('$3\r\nfoo\r\n$0\r\n\r\n$-1\r\n$4\r\na\r\nb\r\n')).toEqual(['foo', '', null, 'a\r\nb']);
    const utf8 = Buffer.from('ünïcödé ✓ 😀', 'utf8');
    expect(replyOf(Buffer.concat([Buffer.from(`$${utf8.length}\r\n`), utf8, Buffer.from('\r\n')]))).toBe('ünïcödé ✓ 😀');
  });

  test('arrays: flat, nested, empty, null, mixed', () => {
    expect(replyOf('*3\r\n$1\r\na\r\n:2\r\n*2\r\n+x\r\n*0\r\n\r\n'.replace('\r\n\r\n', '\r\n'))).toEqual(['a', 2, ['x', []]]);
    expect(repliesOf('*0\r\n*-1\r\n*1\r\n$-1\r\n')).toEqual([[], null, [null]]);
  });

  test('top-level errors go to returnError with the code parsed', () => {
    const events = decodeAllWays('-ERR unknown command\r\n-MOVED 3999 127.0.0.1:6381\r\n-WRONGTYPE Operation against a key\r\n');
    expect(events.map((e) => e.kind)).toEqual(['error', 'error', 'error']);
    expect(events.map((e) => (e.value as ReplyError).code)).toEqual(['ERR', 'MOVED', 'WRONGTYPE']);
    expect((events[1]?.value as ReplyError).message).toBe('MOVED 3999 127.0.0.1:6381');
    expect(events[1]?.value).toBeInstanceOf(ReplyError);
  });
});

describe('RESP3 types', () => {
  test('null and booleans', () => {
    expect(repliesOf('_\r\n#t\r\n#f\r\n')).toEqual([null, true, false]);
  });

  test('doubles, including inf, -inf, nan, exponents', () => {
    const replies = repliesOf(',1.5\r\n,-0.25\r\n,inf\r\n,-inf\r\n,nan\r\n,1e+300\r\n,3\r\n,1.7976931348623157e308\r\n');
    expect(replies).toEqual([1.5, -0.25, Infinity, -Infinity, NaN, 1e300, 3, 1.7976931348623157e308]);
  });

  test('big numbers are bigint, or strings under integers: string', () => {
    const wire = '(3492890328409238509324850943850943825024385\r\n(-1\r\n';
    expect(repliesOf(wire)).toEqual([3492890328409238509324850943850943825024385n, -1n]);
    expect(repliesOf(wire, { integers: 'string' })).toEqual(['3492890328409238509324850943850943825024385', '-1']);
  });

  test('verbatim strings: text by default, VerbatimString with the format on request', () => {
    expect(replyOf('=15\r\ntxt:Some string\r\n')).toBe('Some string');
    const v = replyOf('=9\r\nmkd:# hi!\r\n', { verbatimFormat: true });
    expect(v).toBeInstanceOf(VerbatimString);
    expect(v).toEqual(new VerbatimString('mkd', '# hi!'));
    expect(String(v)).toBe('# hi!');
    // A String with its format (node-redis's shape): string methods work; the text is a string even
    // under returnBuffers.
    const b = replyOf('=8\r\ntxt:\r\nab\r\n', { verbatimFormat: true, returnBuffers: true }) as VerbatimString;
    expect(b).toBeInstanceOf(String);
    expect(b.format).toBe('txt');
    expect(b.text).toBe('\r\nab');
    expect(b.length).toBe(4);
    expect(b.endsWith('ab')).toBe(true);
    expect(`${b}`).toBe('\r\nab');
  });

  test('maps: object by default, Map or flat array on request', () => {
    const wire = '%2\r\n+first\r\n:1\r\n$6\r\nsecond\r\n*1\r\n#t\r\n';
    expect(replyOf(wire)).toEqual({ first: 1, second: [true] });
    expect(replyOf(wire, { mapType: 'map' })).toEqual(new Map<RespValue, RespValue>([['first', 1], ['second', [true]]]));
    expect(replyOf(wire, { mapType: 'array' })).toEqual(['first', 1, 'second', [true]]);
    expect(replyOf('%0\r\n')).toEqual({});
    expect(replyOf('%0\r\n', { mapType: 'map' })).toEqual(new Map());
  });

  test('object maps stringify non-string keys and keep __proto__ as a plain key', () => {
    const o = replyOf('%3\r\n:1\r\n+one\r\n$9\r\n__proto__\r\n+evil\r\n_\r\n+n\r\n') as Record<string, RespValue>;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(['1', '__proto__', 'null']);
    expect(o['1']).toBe('one');
    expect(Object.getOwnPropertyDescriptor(o, '__proto__')?.value).toBe('evil');
  });

  test('sets: array by default, Set on request', () => {
    const wire = '~3\r\n+a\r\n:1\r\n+a\r\n';
    expect(replyOf(wire)).toEqual(['a', 1, 'a']);
    expect(replyOf(wire, { setType: 'set' })).toEqual(new Set(['a', 1]));
    expect(replyOf('~0\r\n', { setType: 'set' })).toEqual(new Set());
  });

  test('bulk errors: top-level to returnError, code from the first word', () => {
    const events = decodeAllWays('!21\r\nSYNTAX invalid syntax\r\n');
    expect(events).toHaveLength(1);
    expect(events[0]?.kind).toBe('error');
    expect((events[0]?.value as ReplyError).code).toBe('SYNTAX');
    expect((events[0]?.value as ReplyError).message).toBe('SYNTAX invalid syntax');
  });

  test('pushes go to returnPush, or to returnReply when it is absent', () => {
    const wire = '>3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\nhi\r\n';
    expect(plain(decodeAllWays(wire))).toEqual([{ kind: 'push', value: ['message', 'ch', 'hi'] }]);
    expect(plain(decodeAllWays(wire, { push: false }))).toEqual([{ kind: 'reply', value: ['message', 'ch', 'hi'] }]);
    expect(plain(decodeAllWays('>0\r\n'))).toEqual([{ kind: 'push', value: [] }]);
  });

  test('attributes: delivered before the value they annotate, never part of it', () => {
    const wire = '|1\r\n+key-popularity\r\n%1\r\n$1\r\na\r\n,0.19\r\n*2\r\n:2039123\r\n:9543892\r\n';
    expect(plain(decodeAllWays(wire))).toEqual([
      { kind: 'attribute', value: { 'key-popularity': { a: 0.19 } } },
      { kind: 'reply', value: [2039123, 9543892] },
    ]);
    // Nested, before an element, and empty: the array still has exactly its three elements.
    const nested = '*3\r\n:1\r\n|1\r\n+ttl\r\n:3600\r\n:2\r\n|0\r\n:3\r\n';
    expect(plain(decodeAllWays(nested))).toEqual([
      { kind: 'attribute', value: { ttl: 3600 } },
      { kind: 'attribute', value: {} },
      { kind: 'reply', value: [1, 2, 3] },
    ]);
    // Without returnAttribute they are dropped, and the replies are intact.
    expect(plain(decodeAllWays(wire + nested + '|0\r\n+OK\r\n', { attribute: false }))).toEqual([
      { kind: 'reply', value: [2039123, 9543892] },
      { kind: 'reply', value: [1, 2, 3] },
      { kind: 'reply', value: 'OK' },
    ]);
  });
});

describe('errors nested in aggregates stay values', () => {
  test('in arrays and maps, simple and bulk', () => {
    const events = decodeAllWays('*3\r\n+OK\r\n-ERR a\r\n!10\r\nNOSCRIPT b\r\n%1\r\n+k\r\n-WRONGTYPE c\r\n');
    expect(events.map((e) => e.kind)).toEqual(['reply', 'reply']);
    const [ok, simple, bulk] = events[0]?.value as [string, ReplyError, ReplyError];
    expect(ok).toBe('OK');
    expect(simple).toBeInstanceOf(ReplyError);
    expect(simple.code).toBe('ERR');
    expect(bulk.code).toBe('NOSCRIPT');
    expect(((events[1]?.value as Record<string, ReplyError>)['k'] as ReplyError).code).toBe('WRONGTYPE');
  });
});

describe('stream order', () => {
  test('replies, errors, pushes and attributes interleaved arrive in stream order', () => {
    const wire =
      '+OK\r\n' +
      '>2\r\n+invalidate\r\n*1\r\n$1\r\nk\r\n' +
      '-ERR boom\r\n' +
      '|1\r\n+a\r\n+b\r\n' +
      '*2\r\n:1\r\n>1\r\n+nested push is a value\r\n' +
      '!3\r\nERR\r\n' +
      ':7\r\n';
    expect(plain(decodeAllWays(wire))).toEqual([
      { kind: 'reply', value: 'OK' },
      { kind: 'push', value: ['invalidate', ['k']] },
      { kind: 'error', value: { error: 'ReplyError', message: 'ERR boom', code: 'ERR' } },
      { kind: 'attribute', value: { a: 'b' } },
      { kind: 'reply', value: [1, ['nested push is a value']] },
      { kind: 'error', value: { error: 'ReplyError', message: 'ERR', code: 'ERR' } },
      { kind: 'reply', value: 7 },
    ]);
  });

  test('deep nesting within maxDepth', () => {
    const depth = 100;
    const wire = '*1\r\n'.repeat(depth) + ':1\r\n';
    let value = replyOf(wire);
    for (let i = 0; i < depth; i++) value = (value as RespValue[])[0] as RespValue;
    expect(value).toBe(1);
  });
});

describe('returnBuffers', () => {
  test('bulk, simple and verbatim strings become Buffers; errors, numbers and object keys do not', () => {
    const wire = '*6\r\n$3\r\nfoo\r\n+OK\r\n=7\r\ntxt:abc\r\n-ERR x\r\n:5\r\n%1\r\n$1\r\nk\r\n$1\r\nv\r\n';
    const [bulk, simple, verbatim, error, int, map] = replyOf(wire, { returnBuffers: true }) as RespValue[];
    expect(bulk).toEqual(Buffer.from('foo'));
    expect(simple).toEqual(Buffer.from('OK'));
    expect(verbatim).toEqual(Buffer.from('abc'));
    expect((error as ReplyError).message).toBe('ERR x');
    expect(int).toBe(5);
    expect(map).toEqual({ k: Buffer.from('v') });
  });

  test('binary bulk strings survive byte for byte', () => {
    const bytes = Buffer.from([0, 255, 13, 10, 128, 0xc3]);
    const wire = Buffer.concat([Buffer.from('$6\r\n'), bytes, Buffer.from('\r\n')]);
    expect(replyOf(wire, { returnBuffers: true })).toEqual(bytes);
  });

  test('is read at the start of each top-level frame: set from returnReply for the next reply', () => {
    const replies: RespValue[] = [];
    const parser: Parser = new Parser({
      returnReply: (reply) => {
        replies.push(reply);
        parser.returnBuffers = !parser.returnBuffers;
      },
      returnError: () => undefined,
      returnFatalError: () => undefined,
    });
    parser.execute(Buffer.from('$1\r\na\r\n$1\r\nb\r\n*1\r\n$1\r\nc\r\n$1'));
    parser.execute(Buffer.from('\r\nd\r\n'));
    expect(replies).toEqual(['a', Buffer.from('b'), ['c'], Buffer.from('d')]);
  });

  test('a change in the middle of a frame applies from the next frame on', () => {
    const replies: RespValue[] = [];
    const parser: Parser = new Parser({
      returnReply: (reply) => replies.push(reply),
      returnError: () => undefined,
      returnFatalError: () => undefined,
      returnAttribute: () => {
        parser.returnBuffers = true;
        parser.mapType = 'map';
      },
    });
    parser.execute(Buffer.from('*2\r\n$1\r\na\r\n|0\r\n%1\r\n+k\r\n+v\r\n$1\r\nb\r\n'));
    expect(replies).toEqual([['a', { k: 'v' }], Buffer.from('b')]);
  });

  test('setReturnBuffers and setStringNumbers (redis-parser API)', () => {
    const { parser, events } = recordingParser();
    parser.setReturnBuffers(true);
    parser.setStringNumbers(true);
    parser.execute(Buffer.from('$1\r\nx\r\n:10\r\n'));
    parser.setReturnBuffers(false);
    parser.setStringNumbers(false);
    parser.execute(Buffer.from('$1\r\nx\r\n:10\r\n'));
    expect(events.map((e) => e.value)).toEqual([Buffer.from('x'), '10', 'x', 10]);
    expect(() => parser.setReturnBuffers('yes' as unknown as boolean)).toThrow(/returnBuffers/);
  });
});

describe('chunking', () => {
  test('a 1M-element array in 64 KiB chunks joins only the leaves cut by a boundary', () => {
    const count = 1_000_000;
    const element = Buffer.from('$3\r\nabc\r\n');
    const wire = Buffer.concat([Buffer.from(`*${count}\r\n`), Buffer.alloc(count * element.length, element)]);
    const concat = jest.spyOn(Buffer, 'concat');
    try {
      const { parser, events } = recordingParser();
      let chunks = 0;
      for (let i = 0; i < wire.length; i += 65536, chunks++) parser.execute(wire.subarray(i, i + 65536));
      expect(events).toHaveLength(1);
      const array = events[0]?.value as string[];
      expect(array).toHaveLength(count);
      expect(array[0]).toBe('abc');
      expect(array[count - 1]).toBe('abc');
      // Resuming, not re-parsing: per chunk boundary at most two small joins (the cut header, then
      // the rest of its element), each no longer than the element.
      const joined = concat.mock.calls.reduce((sum, [list]) => sum + list.reduce((s, b) => s + b.length, 0), 0);
      expect(concat.mock.calls.length).toBeLessThanOrEqual(2 * chunks);
      expect(joined).toBeLessThanOrEqual(2 * chunks * element.length);
    } finally {
      concat.mockRestore();
    }
  });

  test('a 5 MB bulk over many chunks is joined once', () => {
    const payload = Buffer.alloc(5 * 1024 * 1024, 'x');
    const wire = Buffer.concat([Buffer.from(`$${payload.length}\r\n`), payload, Buffer.from('\r\n+OK\r\n')]);
    const concat = jest.spyOn(Buffer, 'concat');
    try {
      const { parser, events } = recordingParser({ returnBuffers: true });
      for (let i = 0; i < wire.length; i += 65536) parser.execute(wire.subarray(i, i + 65536));
      expect(events).toHaveLength(2);
      // Buffer.equals, not toEqual: jest compares Buffers element by element (slow at 5 MB).
      expect(payload.equals(events[0]?.value as Buffer)).toBe(true);
      expect(events[1]?.value).toEqual(Buffer.from('OK'));
      expect(concat).toHaveBeenCalledTimes(1);
    } finally {
      concat.mockRestore();
    }
  });

  test('empty chunks are ignored', () => {
    const { parser, events } = recordingParser();
    parser.execute(Buffer.alloc(0));
    parser.execute(Buffer.from('+O'));
    parser.execute(Buffer.alloc(0));
    parser.execute(Buffer.from('K\r\n'));
    expect(events.map((e) => e.value)).toEqual(['OK']);
  });

  test('a Uint8Array chunk is accepted', () => {
    const { parser, events } = recordingParser();
    parser.execute(new Uint8Array(Buffer.from(':1\r\n')) as Buffer);
    expect(events.map((e) => e.value)).toEqual([1]);
  });
});

describe('callbacks', () => {
  test('a throwing callback loses nothing: the rest of the chunk is parsed on the next execute()', () => {
    const replies: RespValue[] = [];
    let throwOnce = true;
    const parser = new Parser({
      returnReply: (reply) => {
        replies.push(reply);
        if (throwOnce) {
          throwOnce = false;
          throw new Error('callback bug');
        }
      },
      returnError: () => undefined,
      returnFatalError: (error) => replies.push(error.message),
    });
    expect(() => parser.execute(Buffer.from('+a\r\n+b\r\n$1\r'))).toThrow('callback bug');
    parser.execute(Buffer.from('\nc\r\nX'));
    expect(replies).toEqual(['a', 'b', 'c', 'RESP protocol error at byte 15: unknown type byte 0x58 (\'X\')']);
  });

  test('reset() from inside a callback drops the rest of the chunk', () => {
    const replies: RespValue[] = [];
    const parser: Parser = new Parser({
      returnReply: (reply) => {
        replies.push(reply);
        if (reply === 'reset') parser.reset();
      },
      returnError: () => undefined,
      returnFatalError: () => undefined,
    });
    parser.execute(Buffer.from('+a\r\n+reset\r\n+dropped\r\n*2\r\n'));
    parser.execute(Buffer.from('+b\r\n'));
    expect(replies).toEqual(['a', 'reset', 'b']);
  });
});

describe('options', () => {
  const callbacks = { returnReply: () => undefined, returnError: () => undefined, returnFatalError: () => undefined };

  test('wrong options throw a TypeError naming the option', () => {
    expect(() => new Parser({ ...callbacks, returnReply: undefined as unknown as () => void })).toThrow(/"returnReply"/);
    expect(() => new Parser({ ...callbacks, mapType: 'dict' as 'map' })).toThrow(/"mapType"/);
    expect(() => new Parser({ ...callbacks, setType: 'list' as 'set' })).toThrow(/"setType"/);
    expect(() => new Parser({ ...callbacks, integers: 'float' as 'number' })).toThrow(/"integers"/);
    expect(() => new Parser({ ...callbacks, returnBuffers: 1 as unknown as boolean })).toThrow(/"returnBuffers"/);
    expect(() => new Parser({ ...callbacks, maxDepth: 0 })).toThrow(/"maxDepth"/);
    expect(() => new Parser({ ...callbacks, maxBulkLength: 1.5 })).toThrow(/"maxBulkLength"/);
    expect(() => new Parser({ ...callbacks, returnPush: 'no' as unknown as () => void })).toThrow(/"returnPush"/);
  });

  test('defaults', () => {
    const parser = new Parser(callbacks);
    expect(parser.returnBuffers).toBe(false);
    expect(parser.integers).toBe('number');
    expect(parser.mapType).toBe('object');
    expect(parser.setType).toBe('array');
    expect(parser.verbatimFormat).toBe(false);
    expect(parser.maxBulkLength).toBe(512 * 1024 * 1024);
    expect(parser.maxDepth).toBe(128);
  });
});

describe('simpleStringBuffers and pushBuffers', () => {
  it('with simpleStringBuffers false, returnBuffers maps bulk strings only (as a type mapping of BLOB_STRING)', () => {
    const [ok, bulk] = repliesOf('+OK\r\n$3\r\nabc\r\n', { returnBuffers: true, simpleStringBuffers: false });
    expect(ok).toBe('OK');
    expect(Buffer.isBuffer(bulk)).toBe(true);
    // The default keeps redis-parser's behaviour: every string leaf.
    expect(Buffer.isBuffer(replyOf('+OK\r\n', { returnBuffers: true }))).toBe(true);
  });

  it('decodes push frames with pushBuffers, whatever the reply being waited for wants', () => {
    const { parser, events } = recordingParser({ pushBuffers: true });
    parser.execute(Buffer.from('>3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$2\r\n\xff\xfe\r\n$1\r\nx\r\n', 'latin1'));
    const push = events[0]!.value as Buffer[];
    expect(events[0]!.kind).toBe('push');
    expect(push[2]!.equals(Buffer.from([0xff, 0xfe]))).toBe(true);
    expect(events[1]!.value).toBe('x');
    parser.pushBuffers = false;
    parser.returnBuffers = true;
    parser.execute(Buffer.from('>2\r\n$7\r\nmessage\r\n$1\r\ny\r\n'));
    expect(events[2]!.value).toEqual(['message', 'y']);
  });
});
