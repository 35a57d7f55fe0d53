import { getTransformReply, parseCommandArguments, RESP_TYPES } from '@x/modules';
import SMEMBERS from './smembers';

describe('SMEMBERS', () => {
  it('is read-only and sends SMEMBERS key', () => {
    expect(SMEMBERS.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(SMEMBERS, 's');
    expect(parser.redisArgs).toEqual(['SMEMBERS', 's']);
    expect(parser.keys).toEqual(['s']);
  });

  it('RESP2: the array as it is by default, a Set under the SET mapping (like RESP3)', () => {
    const members = ['a', 'b'];
    expect(SMEMBERS.transformReply[2](members)).toBe(members);
    expect(SMEMBERS.transformReply[2](members, undefined, { [RESP_TYPES.SET]: Array })).toBe(members);
    expect(SMEMBERS.transformReply[2](members, undefined, { [RESP_TYPES.SET]: Set })).toEqual(new Set(['a', 'b']));
  });

  it('RESP3: the decoded set passes through', () => {
    expect(getTransformReply(SMEMBERS, 3)).toBeUndefined();
  });
});
