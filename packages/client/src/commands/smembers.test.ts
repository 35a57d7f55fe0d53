import { getTransformReply, parseCommandArguments } from '@x/modules';
import SMEMBERS from './smembers';

describe('SMEMBERS', () => {
  it('is read-only and sends SMEMBERS key', () => {
    expect(SMEMBERS.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(SMEMBERS, 's');
    expect(parser.redisArgs).toEqual(['SMEMBERS', 's']);
    expect(parser.keys).toEqual(['s']);
  });

  it('resolves with the reply as decoded in both protocols: RESP2 stays an array under the SET mapping, as node-redis', () => {
    expect(getTransformReply(SMEMBERS, 2)).toBeUndefined();
    expect(getTransformReply(SMEMBERS, 3)).toBeUndefined();
    expect(SMEMBERS.CACHEABLE).toBe(true);
  });
});
