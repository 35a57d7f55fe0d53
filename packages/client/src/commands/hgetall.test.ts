import { getTransformReply, parseCommandArguments, RESP_TYPES } from '@x/modules';
import HGETALL from './hgetall';

describe('HGETALL', () => {
  it('is read-only and sends HGETALL key', () => {
    expect(HGETALL.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(HGETALL, 'h');
    expect(parser.redisArgs).toEqual(['HGETALL', 'h']);
    expect(parser.keys).toEqual(['h']);
  });

  it('RESP2: the flat array becomes an object', () => {
    expect(HGETALL.transformReply[2](['a', '1', 'b', '2'])).toEqual({ a: '1', b: '2' });
    expect(HGETALL.transformReply[2]([])).toEqual({});
  });

  it('RESP2 under MAP: Map with string keys (as node-redis makes them, also from Buffers), Array keeps the flat array', () => {
    const asMap = HGETALL.transformReply[2]([Buffer.from('a'), Buffer.from('1')], undefined, { [RESP_TYPES.MAP]: Map });
    expect(asMap).toEqual(new Map([['a', Buffer.from('1')]]));
    const flat = ['a', '1'];
    expect(HGETALL.transformReply[2](flat, undefined, { [RESP_TYPES.MAP]: Array })).toBe(flat);
  });

  it('RESP2 with Buffers: keys as strings (like a RESP3 map decoded to an object), values as Buffers', () => {
    expect(HGETALL.transformReply[2]([Buffer.from('a'), Buffer.from('1')])).toEqual({ a: Buffer.from('1') });
  });

  it('RESP3: the decoded map passes through', () => {
    expect(getTransformReply(HGETALL, 3)).toBeUndefined();
  });
});
