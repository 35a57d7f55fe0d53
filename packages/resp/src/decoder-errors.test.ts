import { Parser } from './decoder';
import { ProtocolError } from './protocol-error';
import { RedisError } from './redis-error';
import { decodeAllWays, plain, recordingParser, type DecodeOptions } from '../test/support/feed';

/**
 * Every bad input gives one ProtocolError with the offset of the offending byte (the same whole,
 * byte by byte and at random splits), nothing after it is delivered, and the parser then decodes a
 * good stream.
 */
const cases: Array<{ name: string; wire: string; offset: number; reason: RegExp; options?: DecodeOptions }> = [
  { name: 'unknown type byte', wire: 'X\r\n', offset: 0, reason: /unknown type byte 0x58/ },
  { name: 'unknown type byte after a good reply', wire: '+OK\r\n@', offset: 5, reason: /unknown type byte 0x40/ },
  { name: 'non-digit in a bulk length', wire: '$1a\r\nx\r\n', offset: 2, reason: /invalid byte in length/ },
  { name: 'empty bulk length', wire: '$\r\n', offset: 1, reason: /no digits/ },
  { name: 'negative bulk length other than -1', wire: '$-2\r\n', offset: 2, reason: /negative length/ },
  { name: 'negative set length', wire: '~-1\r\n', offset: 1, reason: /negative length/ },
  { name: 'negative map length', wire: '%-1\r\n', offset: 1, reason: /negative length/ },
  { name: 'bulk shorter than its length', wire: '$3\r\nfoobar\r\n', offset: 7, reason: /not followed by CRLF/ },
  { name: 'bulk with CR but no LF after the payload', wire: '$3\r\nfoo\rX', offset: 8, reason: /not followed by CRLF/ },
  { name: 'missing LF after a simple string', wire: '+OK\rX\r\n', offset: 4, reason: /expected LF/ },
  { name: 'missing LF after a length', wire: '*1\rX', offset: 3, reason: /expected LF/ },
  { name: 'CR CR after an integer', wire: ':12\r\r\n', offset: 4, reason: /expected LF/ },
  { name: 'integer without digits', wire: ':-\r\n', offset: 2, reason: /no digits/ },
  { name: 'letter in an integer', wire: ':12x4\r\n', offset: 3, reason: /invalid byte in integer/ },
  { name: 'integer with too many digits', wire: ':' + '9'.repeat(30) + '\r\n', offset: 21, reason: /too many digits/ },
  { name: 'double that is not a number', wire: ',1e\r\n', offset: 1, reason: /invalid double/ },
  { name: 'letter in a double', wire: ',1.5x\r\n', offset: 4, reason: /invalid byte in double/ },
  { name: 'boolean neither t nor f', wire: '#x\r\n', offset: 1, reason: /neither t nor f/ },
  { name: 'boolean with trailing bytes', wire: '#tt\r\n', offset: 2, reason: /expected CR/ },
  { name: 'null with a payload', wire: '_0\r\n', offset: 1, reason: /expected CR/ },
  { name: 'big number with a letter', wire: '(12a\r\n', offset: 3, reason: /invalid byte in big number/ },
  { name: 'verbatim string without format', wire: '=3\r\nabc\r\n', offset: 7, reason: /3-byte format/ },
  { name: 'bulk error with a bad length', wire: '!x\r\n', offset: 1, reason: /invalid byte in length/ },
  { name: 'error inside an aggregate', wire: '*2\r\n:1\r\n?\r\n', offset: 8, reason: /unknown type byte 0x3f/ },
  { name: 'bulk longer than maxBulkLength (default 512 MiB)', wire: '$536870913\r\n', offset: 0, reason: /exceeds the limit of 536870912/ },
  { name: 'bulk longer than a small maxBulkLength', wire: '*1\r\n$11\r\n', offset: 4, reason: /exceeds the limit of 10/, options: { maxBulkLength: 10 } },
  { name: 'simple string longer than maxBulkLength', wire: '+' + 'a'.repeat(40), offset: 0, reason: /line longer than maxBulkLength/, options: { maxBulkLength: 16 } },
  { name: 'simple string longer than maxLineLength', wire: '+' + 'a'.repeat(40), offset: 0, reason: /line longer than maxLineLength \(16\)/, options: { maxLineLength: 16 } },
  { name: 'error line longer than maxLineLength, inside an array', wire: '*1\r\n-' + 'e'.repeat(20), offset: 4, reason: /line longer than maxLineLength \(16\)/, options: { maxLineLength: 16 } },
  { name: 'big number longer than maxLineLength', wire: '(' + '7'.repeat(20), offset: 0, reason: /line longer than maxLineLength \(16\)/, options: { maxLineLength: 16 } },
  { name: 'simple string longer than maxLineLength, with its CRLF there', wire: '+' + 'a'.repeat(16) + '\r\n', offset: 0, reason: /line longer than maxLineLength \(16\)/, options: { maxLineLength: 16 } },
  { name: 'array longer than maxAggregateLength', wire: '*11\r\n', offset: 0, reason: /exceeds the limit of 10/, options: { maxAggregateLength: 10 } },
  { name: 'map with more pairs than maxAggregateLength allows', wire: '%6\r\n', offset: 0, reason: /exceeds the limit of 5/, options: { maxAggregateLength: 10 } },
  { name: 'absurd array length', wire: '*99999999999999999999\r\n', offset: 0, reason: /exceeds the limit/ },
  { name: 'nesting deeper than maxDepth (default 128)', wire: '*1\r\n'.repeat(129), offset: 128 * 4, reason: /deeper than maxDepth \(128\)/ },
  { name: 'nesting deeper than a small maxDepth', wire: '*1\r\n%1\r\n|1\r\n', offset: 8, reason: /deeper than maxDepth \(2\)/, options: { maxDepth: 2 } },
];

describe('bad input gives a ProtocolError at the offending byte', () => {
  test.each(cases)('$name', ({ wire, offset, reason, options }) => {
    // Bytes after the error must never be delivered: append a good reply to prove it.
    const events = decodeAllWays(Buffer.from(wire + '\r\n+AFTER\r\n', 'latin1'), options);
    const fatal = events.filter((e) => e.kind === 'fatal');
    expect(fatal).toHaveLength(1);
    const error = fatal[0]?.value as ProtocolError;
    expect(error).toBeInstanceOf(ProtocolError);
    expect(error).toBeInstanceOf(RedisError);
    expect(error.code).toBe('ERR_PROTOCOL');
    expect(error.offset).toBe(offset);
    expect(error.message).toMatch(reason);
    expect(error.message).toContain(`at byte ${offset}`);
    expect(events[events.length - 1]?.kind).toBe('fatal');

    // The same parser then decodes a new stream, with offsets counted from it.
    const { parser, events: after } = recordingParser(options);
    parser.execute(Buffer.from(wire, 'latin1'));
    parser.execute(Buffer.from('\r\n+AFTER\r\n', 'latin1'));
    after.length = 0;
    parser.execute(Buffer.from('*2\r\n+good\r\n:1\r\n'));
    parser.execute(Buffer.from('X'));
    expect(plain(after)).toEqual([
      { kind: 'reply', value: ['good', 1] },
      { kind: 'fatal', value: expect.objectContaining({ offset: 15 }) as unknown },
    ]);
  });
});

describe('maxLineLength', () => {
  test('a line of exactly maxLineLength bytes (type byte included) is fine, whole or split anywhere', () => {
    const events = decodeAllWays('+' + 'a'.repeat(15) + '\r\n(' + '1'.repeat(15) + '\r\n', { maxLineLength: 16 });
    expect(plain(events)).toEqual([
      { kind: 'reply', value: 'a'.repeat(15) },
      { kind: 'reply', value: BigInt('1'.repeat(15)) },
    ]);
  });

  test('defaults to 64 KiB', () => {
    const { parser } = recordingParser();
    expect(parser.maxLineLength).toBe(65536);
    expect(plain(decodeAllWays('+' + 'a'.repeat(65535) + '\r\n', {}, 2))).toEqual([{ kind: 'reply', value: 'a'.repeat(65535) }]);
    expect(decodeAllWays('+' + 'a'.repeat(65536) + '\r\n', {}, 2)[0]?.kind).toBe('fatal');
  });
});

describe('recovery', () => {
  test('reset() in the middle of a frame starts a clean stream', () => {
    const { parser, events } = recordingParser();
    parser.execute(Buffer.from('*3\r\n:1\r\n$10\r\nabc'));
    parser.reset();
    parser.execute(Buffer.from('+fresh\r\n'));
    expect(plain(events)).toEqual([{ kind: 'reply', value: 'fresh' }]);
  });

  test('the fatal callback may feed the parser a new stream', () => {
    const replies: unknown[] = [];
    const p2: Parser = new Parser({
      returnReply: (r) => replies.push(r),
      returnError: () => undefined,
      returnFatalError: (e) => {
        replies.push(e.offset);
        p2.execute(Buffer.from(':5\r\n'));
      },
    });
    p2.execute(Buffer.from('+a\r\n!'));
    p2.execute(Buffer.from('x'));
    expect(replies).toEqual(['a', 5, 5]);
  });

  test('execute() with something that is not a Buffer is a TypeError (a programming error, not input)', () => {
    const { parser } = recordingParser();
    expect(() => parser.execute('+OK\r\n' as unknown as Buffer)).toThrow(TypeError);
  });
});
