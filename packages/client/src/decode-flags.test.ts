import { RESP_TYPES, type TypeMapping } from '@x/modules';
import { Parser, VerbatimString, type RespValue } from '@x/resp';
import { applyDecodeFlags, DECODE_DEFAULT, DECODE_SKIP, decodeFlagsOf } from './decode-flags';

/** Decode `wire` with the flags of `mapping`, as the command queue would. */
function decode(wire: string, mapping: TypeMapping | undefined, skip = false): RespValue[] {
  const replies: RespValue[] = [];
  const parser = new Parser({
    returnReply: (reply) => replies.push(reply),
    returnError: (error) => replies.push(error),
    returnFatalError: (error) => {
      throw error;
    },
    simpleStringBuffers: false,
  });
  applyDecodeFlags(parser, decodeFlagsOf(mapping) | (skip ? DECODE_SKIP : 0));
  parser.execute(Buffer.from(wire, 'latin1'));
  return replies;
}

describe('decode flags of a type mapping', () => {
  const wire = '*9\r\n+OK\r\n$1\r\nb\r\n:5\r\n,1.5\r\n(12\r\n=7\r\ntxt:abc\r\n%1\r\n$1\r\nk\r\n$1\r\nv\r\n~1\r\n:1\r\n#t\r\n';

  it('no mapping (and an empty one): node-redis defaults', () => {
    const expected = [['OK', 'b', 5, 1.5, 12n, 'abc', { k: 'v' }, [1], true]];
    expect(decode(wire, undefined)).toEqual(expected);
    expect(decode(wire, {})).toEqual(expected);
    expect(decodeFlagsOf(undefined)).toBe(DECODE_DEFAULT);
  });

  it('every mapping at once', () => {
    const mapping: TypeMapping = {
      [RESP_TYPES.SIMPLE_STRING]: Buffer,
      [RESP_TYPES.BLOB_STRING]: Buffer,
      [RESP_TYPES.NUMBER]: String,
      [RESP_TYPES.DOUBLE]: String,
      [RESP_TYPES.BIG_NUMBER]: Number,
      [RESP_TYPES.VERBATIM_STRING]: VerbatimString,
      [RESP_TYPES.MAP]: Map,
      [RESP_TYPES.SET]: Set,
      [RESP_TYPES.BOOLEAN]: Boolean,
    };
    const [reply] = decode(wire, mapping) as [RespValue[]];
    expect(reply.slice(0, 5)).toEqual([Buffer.from('OK'), Buffer.from('b'), '5', '1.5', 12]);
    expect(reply[5]).toBeInstanceOf(VerbatimString);
    expect((reply[5] as VerbatimString).format).toBe('txt');
    expect(reply[6]).toEqual(new Map([['k', Buffer.from('v')]])); // Map keys stay strings
    expect(reply[7]).toEqual(new Set(['1']));
    expect(reply[8]).toBe(true);
  });

  it('is computed once per mapping object', () => {
    const mapping = { [RESP_TYPES.BLOB_STRING]: Buffer };
    expect(decodeFlagsOf(mapping)).toBe(decodeFlagsOf(mapping));
    expect(decodeFlagsOf(mapping)).not.toBe(DECODE_DEFAULT);
  });

  it('DECODE_SKIP: the reply is consumed without being built', () => {
    expect(decode(wire + ':7\r\n', undefined, true)).toEqual([null, null]);
  });
});
