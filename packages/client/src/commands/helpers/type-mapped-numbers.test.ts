import { RESP_TYPES } from '@x/modules';
import {
  anyDoubleReply,
  booleanArrayReply,
  booleanReply,
  doubleArrayReply,
  doubleReply,
  nullableDoubleReply,
  sortedSetReplyResp2,
  sortedSetReplyResp3,
} from './type-mapped-numbers';

const asText = { [RESP_TYPES.DOUBLE]: String };

describe('doubles sent as text', () => {
  it('become numbers by default, special values included, from strings or Buffers', () => {
    expect(['1.5', '-0.25', 'inf', '+inf', '-inf', '3e2', Buffer.from('7')].map((r) => doubleReply(r))).toEqual([1.5, -0.25, Infinity, Infinity, -Infinity, 300, 7]);
    expect(doubleReply('nan')).toBeNaN();
    expect(doubleReply('1.5', { [RESP_TYPES.DOUBLE]: Number })).toBe(1.5);
  });

  it('stay as they came under DOUBLE: String (a Buffer too)', () => {
    expect(doubleReply('1.5', asText)).toBe('1.5');
    const buffer = Buffer.from('inf');
    expect(doubleReply(buffer, asText)).toBe(buffer);
  });

  it('null stays null; arrays map each element', () => {
    expect(nullableDoubleReply(null)).toBeNull();
    expect(nullableDoubleReply('2', asText)).toBe('2');
    expect(doubleArrayReply(['1', '2.5'])).toEqual([1, 2.5]);
    expect(doubleArrayReply(['1', '2.5'], asText)).toEqual(['1', '2.5']);
  });

  it('anyDoubleReply: a decoded double becomes its text under DOUBLE: String', () => {
    expect(anyDoubleReply(1.5)).toBe(1.5);
    expect(anyDoubleReply(1.5, asText)).toBe('1.5');
    expect(anyDoubleReply('1.5')).toBe(1.5);
  });
});

describe('booleans and sorted sets', () => {
  it('booleans from integers, also as text (NUMBER: String) or Buffers', () => {
    expect([1, 0, '1', '0', Buffer.from('1')].map(booleanReply)).toEqual([true, false, true, false, true]);
    expect(booleanArrayReply([1, '0'])).toEqual([true, false]);
  });

  it('sorted set members with their scores per the mapping', () => {
    expect(sortedSetReplyResp2(['a', '1.5', 'b', 'inf'])).toEqual([
      { value: 'a', score: 1.5 },
      { value: 'b', score: Infinity },
    ]);
    expect(sortedSetReplyResp2(['a', '1.5'], asText)).toEqual([{ value: 'a', score: '1.5' }]);
    expect(sortedSetReplyResp3([['a', 1.5]])).toEqual([{ value: 'a', score: 1.5 }]);
  });
});
