import { Parser } from './decoder';
import { compileDecodeOptions } from './decode-profile';
import { VerbatimString } from './verbatim-string';
import type { RespValue } from './types';
import { recordingParser, replyOf, repliesOf } from '../test/support/feed';

/**
 * One setting per RESP type (what node-redis's type mappings choose), each decoded whole, byte by
 * byte and at random splits (replyOf), at the top level and inside aggregates.
 */
describe('a setting per RESP type', () => {
  test('simpleStringBuffers: simple strings as Buffers whatever returnBuffers says, or following it', () => {
    const wire = '*2\r\n+OK\r\n$3\r\nabc\r\n';
    expect(replyOf(wire, { simpleStringBuffers: true })).toEqual([Buffer.from('OK'), 'abc']);
    expect(replyOf(wire, { simpleStringBuffers: false, returnBuffers: true })).toEqual(['OK', Buffer.from('abc')]);
    expect(replyOf(wire, { returnBuffers: true })).toEqual([Buffer.from('OK'), Buffer.from('abc')]);
    expect(replyOf('+PONG\r\n', { simpleStringBuffers: true })).toEqual(Buffer.from('PONG'));
  });

  test('bigNumbers: bigint (default), number, string; following integers when not set', () => {
    const wire = '*2\r\n(1234567999999999999999999999999999999\r\n(-12\r\n';
    expect(replyOf(wire)).toEqual([1234567999999999999999999999999999999n, -12n]);
    expect(replyOf(wire, { bigNumbers: 'number' })).toEqual([Number('1234567999999999999999999999999999999'), -12]);
    expect(replyOf(wire, { bigNumbers: 'string' })).toEqual(['1234567999999999999999999999999999999', '-12']);
    expect(replyOf(wire, { integers: 'string' })).toEqual(['1234567999999999999999999999999999999', '-12']);
    expect(replyOf(wire, { integers: 'string', bigNumbers: 'bigint' })).toEqual([1234567999999999999999999999999999999n, -12n]);
    expect(replyOf('(+5\r\n', { bigNumbers: 'string' })).toBe('5');
  });

  test('doubles: numbers, or the server text as it came', () => {
    const wire = '*5\r\n,3.141\r\n,inf\r\n,-inf\r\n,nan\r\n,1e+300\r\n';
    expect(replyOf(wire, { doubles: 'string' })).toEqual(['3.141', 'inf', '-inf', 'nan', '1e+300']);
    expect(replyOf(wire)).toEqual([3.141, Infinity, -Infinity, NaN, 1e300]);
  });

  test('integers: string keeps the digits (and the sign)', () => {
    expect(replyOf('*2\r\n:-9223372036854775808\r\n:42\r\n', { integers: 'string' })).toEqual(['-9223372036854775808', '42']);
  });

  test('verbatim strings: text, Buffer text, or a VerbatimString, independently of returnBuffers', () => {
    const wire = '=29\r\ntxt:This is a verbatim\nstring\r\n';
    expect(replyOf(wire, { returnBuffers: true, verbatimBuffers: false })).toBe('This is a verbatim\nstring');
    expect(replyOf(wire, { verbatimBuffers: true })).toEqual(Buffer.from('This is a verbatim\nstring'));
    const v = replyOf(wire, { verbatimFormat: true, returnBuffers: true }) as VerbatimString;
    expect(v).toBeInstanceOf(VerbatimString);
    expect(v.format).toBe('txt');
    expect(String(v)).toBe('This is a verbatim\nstring');
    expect(replyOf(wire, { returnBuffers: true })).toEqual(Buffer.from('This is a verbatim\nstring'));
  });

  test('mapKeyStrings: Map keys that would be Buffers are strings; flat arrays keep Buffers', () => {
    const wire = '%2\r\n$1\r\na\r\n$1\r\n1\r\n+b\r\n:2\r\n';
    const map = replyOf(wire, { returnBuffers: true, mapType: 'map', mapKeyStrings: true }) as Map<RespValue, RespValue>;
    expect([...map.keys()]).toEqual(['a', 'b']);
    expect(map.get('a')).toEqual(Buffer.from('1'));
    const asDecoded = replyOf(wire, { returnBuffers: true, mapType: 'map' }) as Map<RespValue, RespValue>;
    expect([...asDecoded.keys()]).toEqual([Buffer.from('a'), Buffer.from('b')]);
    expect(replyOf(wire, { returnBuffers: true, mapType: 'array', mapKeyStrings: true })).toEqual([
      Buffer.from('a'),
      Buffer.from('1'),
      Buffer.from('b'),
      2,
    ]);
    // Non-string keys stay what they are.
    expect([...(replyOf('%1\r\n:5\r\n:6\r\n', { mapType: 'map', mapKeyStrings: true }) as Map<RespValue, RespValue>).keys()]).toEqual([5]);
  });
});

describe('decode profiles', () => {
  test('compileDecodeOptions + parser.decodeProfile switch every setting at once, per top-level frame', () => {
    const mapped = compileDecodeOptions({ integers: 'string', doubles: 'string', simpleStringBuffers: true, setType: 'set' });
    const plainProfile = compileDecodeOptions({});
    const replies: RespValue[] = [];
    const parser: Parser = new Parser({
      returnReply: (reply) => {
        replies.push(reply);
        parser.decodeProfile = parser.decodeProfile === mapped ? plainProfile : mapped;
      },
      returnError: () => undefined,
      returnFatalError: () => undefined,
    });
    parser.decodeProfile = mapped;
    const frame = '*4\r\n:1\r\n,1.5\r\n+OK\r\n~1\r\n:2\r\n';
    parser.execute(Buffer.from(frame + frame));
    expect(replies).toEqual([
      ['1', '1.5', Buffer.from('OK'), new Set(['2'])],
      [1, 1.5, 'OK', [2]],
    ]);
  });

  test('the properties read back what the profile holds; followers follow their leader', () => {
    const { parser, events: first } = recordingParser();
    expect(parser.simpleStringBuffers).toBeUndefined();
    expect(parser.verbatimBuffers).toBeUndefined();
    expect(parser.bigNumbers).toBe('bigint');
    expect(parser.doubles).toBe('number');
    expect(parser.mapKeyStrings).toBe(false);
    parser.integers = 'string';
    expect(parser.bigNumbers).toBe('string');
    parser.bigNumbers = 'number';
    parser.integers = 'number';
    expect(parser.bigNumbers).toBe('number');
    parser.bigNumbers = undefined;
    expect(parser.bigNumbers).toBe('bigint');
    parser.simpleStringBuffers = false;
    parser.returnBuffers = true;
    expect(parser.simpleStringBuffers).toBe(false);
    parser.execute(Buffer.from('*3\r\n+a\r\n$1\r\nb\r\n=5\r\ntxt:c\r\n'));
    parser.simpleStringBuffers = undefined;
    parser.verbatimBuffers = false;
    parser.execute(Buffer.from('*3\r\n+a\r\n$1\r\nb\r\n=5\r\ntxt:c\r\n'));
    expect(first.map((e) => e.value)).toEqual([
      ['a', Buffer.from('b'), Buffer.from('c')],
      [Buffer.from('a'), Buffer.from('b'), 'c'],
    ]);
    const { parser: p2, events } = recordingParser({ simpleStringBuffers: false });
    p2.decodeProfile = parser.decodeProfile;
    p2.execute(Buffer.from('*3\r\n+a\r\n$1\r\nb\r\n=5\r\ntxt:c\r\n'));
    expect(events[0]?.value).toEqual([Buffer.from('a'), Buffer.from('b'), 'c']);
  });

  test('wrong values throw a TypeError naming the setting', () => {
    const { parser } = recordingParser();
    expect(() => compileDecodeOptions({ doubles: 'float' as 'number' })).toThrow(/"doubles"/);
    expect(() => compileDecodeOptions({ bigNumbers: 'int' as 'bigint' })).toThrow(/"bigNumbers"/);
    expect(() => compileDecodeOptions({ mapKeyStrings: 1 as unknown as boolean })).toThrow(/"mapKeyStrings"/);
    expect(() => (parser.doubles = 'x' as 'number')).toThrow(/"doubles"/);
    expect(() => (parser.mapType = 'dict' as 'map')).toThrow(/"mapType"/);
    expect(() => (parser.verbatimBuffers = 'yes' as unknown as boolean)).toThrow(/"verbatimBuffers"/);
    expect(() => new Parser({ returnReply: () => undefined, returnError: () => undefined, returnFatalError: () => undefined, maxLineLength: 0 })).toThrow(
      /"maxLineLength"/,
    );
    expect(() =>
      new Parser({ returnReply: () => undefined, returnError: () => undefined, returnFatalError: () => undefined, returnSkipped: 1 as unknown as () => void }),
    ).toThrow(/"returnSkipped"/);
  });

  test('push frames: pushBuffers decides their string leaves, the rest of the profile applies', () => {
    const { parser, events } = recordingParser({ pushBuffers: true, integers: 'string' });
    parser.execute(Buffer.from('>3\r\n$7\r\nmessage\r\n+s\r\n:1\r\n'));
    expect(events[0]).toEqual({ kind: 'push', value: [Buffer.from('message'), Buffer.from('s'), '1'] });
    expect(repliesOf('$1\r\nx\r\n', { pushBuffers: true })).toEqual(['x']);
  });
});
