import { TopologyReplyError } from '../errors';
import { SlotClaims, checkRangeCount } from './slot-claims';

describe('SlotClaims', () => {
  it('accepts disjoint ranges covering every slot, visiting each slot once', () => {
    const claims = new SlotClaims('TEST');
    claims.claim(0, 8191);
    claims.claim(8192, 16383);
    expect(claims.visited).toBe(16_384);
  });

  it('stops at the first slot claimed twice: work bounded by 16384 + one per range', () => {
    const claims = new SlotClaims('TEST');
    claims.claim(0, 16383);
    expect(() => claims.claim(0, 16383)).toThrow(TopologyReplyError);
    expect(claims.visited).toBe(16_385);
  });

  it('refuses a reversed range', () => {
    expect(() => new SlotClaims('TEST').claim(5, 4)).toThrow('TEST: reversed slot range 5-4');
  });

  it('caps the number of ranges at the number of slots', () => {
    expect(() => checkRangeCount(16_384, 'TEST')).not.toThrow();
    expect(() => checkRangeCount(16_385, 'TEST')).toThrow('TEST: 16385 slot ranges');
  });
});
