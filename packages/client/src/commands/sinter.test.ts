import { getTransformReply, parseCommandArguments, RESP_TYPES } from '@x/modules';
import SINTER from './sinter';

describe('SINTER', () => {
  it('is read-only and records every key', () => {
    expect(SINTER.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(SINTER, ['a', 'b']);
    expect(parser.redisArgs).toEqual(['SINTER', 'a', 'b']);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it('RESP2 is shaped like a RESP3 set; RESP3 passes through', () => {
    expect(SINTER.transformReply[2](['x'], undefined, { [RESP_TYPES.SET]: Set })).toEqual(new Set(['x']));
    expect(SINTER.transformReply[2](['x'])).toEqual(['x']);
    expect(getTransformReply(SINTER, 3)).toBeUndefined();
  });
});
