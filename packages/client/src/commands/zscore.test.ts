import { getTransformReply, parseCommandArguments } from '@x/modules';
import ZSCORE from './zscore';

describe('ZSCORE', () => {
  it('is read-only; the member is not a key', () => {
    expect(ZSCORE.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(ZSCORE, 'z', 'm');
    expect(parser.redisArgs).toEqual(['ZSCORE', 'z', 'm']);
    expect(parser.keys).toEqual(['z']);
  });

  it('RESP2: the bulk string becomes a number; null stays null', () => {
    expect(ZSCORE.transformReply[2]('1.5')).toBe(1.5);
    expect(ZSCORE.transformReply[2]('-3')).toBe(-3);
    expect(ZSCORE.transformReply[2](null)).toBeNull();
  });

  it('RESP2: inf, -inf, nan', () => {
    expect(ZSCORE.transformReply[2]('inf')).toBe(Infinity);
    expect(ZSCORE.transformReply[2]('-inf')).toBe(-Infinity);
    expect(ZSCORE.transformReply[2]('nan')).toBeNaN();
  });

  it('RESP2: a Buffer (BLOB_STRING: Buffer) is parsed too', () => {
    expect(ZSCORE.transformReply[2](Buffer.from('2.25'))).toBe(2.25);
    expect(ZSCORE.transformReply[2](Buffer.from('-inf'))).toBe(-Infinity);
  });

  it('RESP3: the double is already a number', () => {
    expect(getTransformReply(ZSCORE, 3)).toBeUndefined();
  });
});
