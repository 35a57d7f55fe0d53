import { getTransformReply, parseCommandArguments, RESP_TYPES } from '@x/modules';
import SUNION from './sunion';

describe('SUNION', () => {
  it('is read-only and records every key', () => {
    expect(SUNION.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(SUNION, ['a', 'b']);
    expect(parser.redisArgs).toEqual(['SUNION', 'a', 'b']);
    expect(parser.keys).toEqual(['a', 'b']);
    expect(parseCommandArguments(SUNION, 'a').keys).toEqual(['a']);
  });

  it('RESP2 is shaped like a RESP3 set; RESP3 passes through', () => {
    expect(SUNION.transformReply[2](['x', 'y'], undefined, { [RESP_TYPES.SET]: Set })).toEqual(new Set(['x', 'y']));
    expect(SUNION.transformReply[2](['x'])).toEqual(['x']);
    expect(getTransformReply(SUNION, 3)).toBeUndefined();
  });
});
