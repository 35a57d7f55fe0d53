import { Parser } from './decoder';
import { type ProtocolError } from './protocol-error';
import type { RespValue } from './types';
import { decodeAllWays, plain, recordingParser } from '../test/support/feed';

/** Skipping a reply: consumed (framing checked) but never built. Decoded whole, byte by byte and at random splits. */

const every = [
  '+OK\r\n',
  '-ERR boom\r\n',
  ':12\r\n',
  '$5\r\nhello\r\n',
  '$-1\r\n',
  '*-1\r\n',
  '$0\r\n\r\n',
  '*3\r\n$1\r\na\r\n*2\r\n:1\r\n+x\r\n%1\r\n+k\r\n~2\r\n#t\r\n_\r\n',
  ',1.5\r\n',
  '(123456789012345678901234567890\r\n',
  '#f\r\n',
  '_\r\n',
  '=9\r\ntxt:hello\r\n',
  '!9\r\nERR bulky\r\n',
  '*0\r\n',
  '%0\r\n',
  '*2\r\n:1\r\n|1\r\n+ttl\r\n:3600\r\n:2\r\n',
];

describe('skipReplies', () => {
  test.each(every)('skips %j as one reply', (wire) => {
    const events = decodeAllWays(wire + '+after\r\n', { skipReplies: true });
    // Every frame is a reply here, so both are skipped; the count is what matters.
    expect(plain(events)).toEqual([
      { kind: 'skipped', value: null },
      { kind: 'skipped', value: null },
    ]);
  });

  test('is read at the start of each top-level frame: the replies after it are decoded again', () => {
    const replies: unknown[] = [];
    const parser: Parser = new Parser({
      returnReply: (reply) => replies.push(reply),
      returnError: (error) => replies.push(error.message),
      returnFatalError: (error) => replies.push(error),
      returnSkipped: () => {
        replies.push('<skipped>');
        parser.skipReplies = false;
      },
      skipReplies: true,
    });
    const wire = Buffer.from('*2\r\n$3\r\nabc\r\n:1\r\n-ERR x\r\n$1\r\nb\r\n');
    for (let i = 0; i < wire.length; i++) parser.execute(wire.subarray(i, i + 1));
    expect(replies).toEqual(['<skipped>', 'ERR x', 'b']);
  });

  test('never skips a push frame: it is delivered between skipped replies', () => {
    const wire = '*1\r\n$1\r\na\r\n>2\r\n$7\r\nmessage\r\n$2\r\nhi\r\n:5\r\n';
    expect(plain(decodeAllWays(wire, { skipReplies: true }))).toEqual([
      { kind: 'skipped', value: null },
      { kind: 'push', value: ['message', 'hi'] },
      { kind: 'skipped', value: null },
    ]);
  });

  test('a top-level attribute belongs to the reply it annotates: dropped with it, not counted as a reply', () => {
    const wire = '|1\r\n+key-popularity\r\n*2\r\n$7\r\nkey:123\r\n:90\r\n$3\r\nabc\r\n|0\r\n:1\r\n';
    expect(plain(decodeAllWays(wire, { skipReplies: true }))).toEqual([
      { kind: 'skipped', value: null },
      { kind: 'skipped', value: null },
    ]);
  });

  test('without returnSkipped a skipped reply arrives as returnReply(null)', () => {
    const replies: RespValue[] = [];
    const parser = new Parser({
      returnReply: (reply) => replies.push(reply),
      returnError: () => undefined,
      returnFatalError: () => undefined,
      skipReplies: true,
    });
    parser.execute(Buffer.from('$3\r\nabc\r\n-ERR\r\n'));
    expect(replies).toEqual([null, null]);
  });

  test('bad framing is still a ProtocolError at the offending byte', () => {
    const cases: Array<[string, number, RegExp]> = [
      ['$3\r\nfoobar\r\n', 7, /not followed by CRLF/],
      ['*2\r\n:1\r\n?\r\n', 8, /unknown type byte/],
      ['*1\r\n$2\r\nab\rX', 11, /not followed by CRLF/],
      ['$x\r\n', 1, /invalid byte in length/],
      [':1x\r\n', 2, /invalid byte in integer/],
      ['*1\r\n'.repeat(129), 512, /maxDepth/],
    ];
    for (const [wire, offset, reason] of cases) {
      const events = decodeAllWays(Buffer.from(wire + '\r\n+AFTER\r\n', 'latin1'), { skipReplies: true });
      const fatal = events.filter((e) => e.kind === 'fatal');
      expect(fatal).toHaveLength(1);
      expect((fatal[0]?.value as ProtocolError).offset).toBe(offset);
      expect((fatal[0]?.value as ProtocolError).message).toMatch(reason);
    }
  });

  test('a skipped bulk cut by chunk boundaries is counted, never collected', () => {
    const { parser, events } = recordingParser({ skipReplies: true });
    parser.execute(Buffer.from('$1000000\r\n'));
    for (let i = 0; i < 100; i++) {
      parser.execute(Buffer.alloc(10_000, 'x'));
      expect(parser.bufferedBytes).toBe(0);
    }
    expect(events).toHaveLength(0);
    parser.execute(Buffer.from('\r'));
    parser.execute(Buffer.from('\n+next\r\n'));
    expect(plain(events)).toEqual([
      { kind: 'skipped', value: null },
      { kind: 'skipped', value: null },
    ]);
    // The CRLF closing a counted payload is checked too.
    const { parser: p2, events: e2 } = recordingParser({ skipReplies: true });
    p2.execute(Buffer.from('$4\r\nab'));
    p2.execute(Buffer.from('cdX\n'));
    expect((e2[0]?.value as ProtocolError).offset).toBe(8);
    const { parser: p3, events: e3 } = recordingParser({ skipReplies: true });
    p3.execute(Buffer.from('$4\r\nab'));
    p3.execute(Buffer.from('cd\r'));
    p3.execute(Buffer.from('X'));
    expect((e3[0]?.value as ProtocolError).offset).toBe(9);
  });
});

describe('skipCurrentReply', () => {
  test('in the middle of an aggregate: drops what was built, skips the rest, decodes what follows', () => {
    const head = '*4\r\n$1\r\na\r\n*2\r\n:1\r\n';
    const rest = ':2\r\n$3\r\nbcd\r\n%1\r\n+k\r\n+v\r\n';
    const { parser, events } = recordingParser();
    parser.execute(Buffer.from(head));
    expect(parser.skipCurrentReply()).toBe(true);
    parser.execute(Buffer.from(rest + '+next\r\n'));
    expect(plain(events)).toEqual([
      { kind: 'skipped', value: null },
      { kind: 'reply', value: 'next' },
    ]);
  });

  test('in the middle of a bulk string: stops collecting it', () => {
    const { parser, events } = recordingParser();
    parser.execute(Buffer.from('*2\r\n$10\r\nabc'));
    expect(parser.bufferedBytes).toBe(8);
    parser.skipCurrentReply();
    expect(parser.bufferedBytes).toBe(0);
    parser.execute(Buffer.from('defghij\r\n:1\r\n:7\r\n'));
    expect(plain(events)).toEqual([
      { kind: 'skipped', value: null },
      { kind: 'reply', value: 7 },
    ]);
  });

  test('at every point of a reply (split anywhere): the reply is skipped, the next decoded', () => {
    const wire = Buffer.from('*3\r\n$5\r\nhello\r\n%1\r\n+k\r\n*2\r\n,1.5\r\n(99\r\n=7\r\ntxt:abc\r\n');
    for (let cut = 1; cut < wire.length; cut++) {
      const { parser, events } = recordingParser();
      parser.execute(wire.subarray(0, cut));
      expect(parser.skipCurrentReply()).toBe(true);
      parser.execute(wire.subarray(cut));
      parser.execute(Buffer.from(':42\r\n'));
      expect(plain(events)).toEqual([
        { kind: 'skipped', value: null },
        { kind: 'reply', value: 42 },
      ]);
    }
  });

  test('nothing in progress, or a push in progress: nothing to skip', () => {
    const { parser, events } = recordingParser();
    expect(parser.skipCurrentReply()).toBe(false);
    parser.execute(Buffer.from('>2\r\n$7\r\nmessage\r\n'));
    expect(parser.skipCurrentReply()).toBe(false);
    parser.execute(Buffer.from('$2\r\nhi\r\n:1\r\n'));
    expect(plain(events)).toEqual([
      { kind: 'push', value: ['message', 'hi'] },
      { kind: 'reply', value: 1 },
    ]);
  });

  test('from a nested attribute callback, in the middle of the frame', () => {
    const events: unknown[] = [];
    const parser: Parser = new Parser({
      returnReply: (reply) => events.push(reply),
      returnError: () => undefined,
      returnFatalError: (error) => events.push(error),
      returnAttribute: () => parser.skipCurrentReply(),
      returnSkipped: () => events.push('<skipped>'),
    });
    parser.execute(Buffer.from('*3\r\n:1\r\n|1\r\n+ttl\r\n:3600\r\n:2\r\n:3\r\n:4\r\n'));
    expect(events).toEqual(['<skipped>', 4]);
  });

  test('a top-level attribute in progress: skipped with the reply it annotates; a push between them is delivered', () => {
    const { parser, events } = recordingParser();
    parser.execute(Buffer.from('|1\r\n+a\r\n'));
    expect(parser.skipCurrentReply()).toBe(true);
    parser.execute(Buffer.from('+b\r\n>1\r\n+p\r\n$3\r\nabc\r\n:9\r\n'));
    expect(plain(events)).toEqual([
      { kind: 'push', value: ['p'] },
      { kind: 'skipped', value: null },
      { kind: 'reply', value: 9 },
    ]);
  });
});
