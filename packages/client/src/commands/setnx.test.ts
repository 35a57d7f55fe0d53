import { getTransformReply, parseCommandArguments } from '@x/modules';
import SETNX from './setnx';

describe('SETNX', () => {
  it('sends SETNX key value', () => {
    const parser = parseCommandArguments(SETNX, 'key', 'value');
    expect(parser.redisArgs).toEqual(['SETNX', 'key', 'value']);
    expect(parser.keys).toEqual(['key']);
    expect('IS_READ_ONLY' in SETNX).toBe(false);
  });

  it('resolves with 1 or 0 as decoded (node-redis v5 keeps the integer)', () => {
    expect(getTransformReply(SETNX, 2)).toBeUndefined();
    expect(getTransformReply(SETNX, 3)).toBeUndefined();
  });
});
