import { getTransformReply } from '@x/modules';
import LCS_IDX from './lcs-idx';
import LCS_IDX_WITHMATCHLEN from './lcs-idx-withmatchlen';

describe('LCS … IDX', () => {
  it('shapes RESP2 as node-redis does: { matches, len }, whatever the type mapping', () => {
    const reply = ['matches', [[[4, 7], [5, 8]], [[2, 3], [0, 1]]], 'len', 6];
    expect(getTransformReply(LCS_IDX, 2)!(reply)).toEqual({ matches: [[[4, 7], [5, 8]], [[2, 3], [0, 1]]], len: 6 });
    const withLen = ['matches', [[[4, 7], [5, 8], 4]], 'len', 6];
    expect(getTransformReply(LCS_IDX_WITHMATCHLEN, 2)!(withLen)).toEqual({ matches: [[[4, 7], [5, 8], 4]], len: 6 });
    // Keys as Buffers (BLOB_STRING: Buffer) change nothing: node-redis reads by position.
    expect(getTransformReply(LCS_IDX, 2)!([Buffer.from('matches'), [], Buffer.from('len'), 0])).toEqual({ matches: [], len: 0 });
  });

  it("keeps RESP3's map as decoded (an object, or a Map / flat array under MAP)", () => {
    expect(getTransformReply(LCS_IDX, 3)).toBeUndefined();
    expect(getTransformReply(LCS_IDX_WITHMATCHLEN, 3)).toBeUndefined();
  });

  it('is a cacheable read', () => {
    expect(LCS_IDX.IS_READ_ONLY).toBe(true);
    expect(LCS_IDX.CACHEABLE).toBe(true);
  });
});
