import { BasicCommandParser, RESP_TYPES, type TypeMapping } from '@x/modules';
import { pushSortedSetMembers, pushZKeysAndAggregate, sortedSetMembersReply } from './sorted-set';

const asStrings = { [RESP_TYPES.DOUBLE]: String } as TypeMapping;

function push(keys: unknown, options?: Parameters<typeof pushZKeysAndAggregate>[3]) {
  const parser = new BasicCommandParser();
  pushZKeysAndAggregate(parser, 'ZUNION', keys, options);
  return parser;
}

describe('sorted-set helpers', () => {
  it('members with scores: RESP2 scores parsed (or kept under DOUBLE: String), RESP3 as decoded', () => {
    expect(sortedSetMembersReply[2](['a', '1.5', 'b', 'inf'])).toEqual([
      { value: 'a', score: 1.5 },
      { value: 'b', score: Infinity },
    ]);
    expect(sortedSetMembersReply[2](['a', '1.5'], undefined, asStrings)).toEqual([{ value: 'a', score: '1.5' }]);
    expect(sortedSetMembersReply[3]([['a', 1.5], ['b', '2']])).toEqual([
      { value: 'a', score: 1.5 },
      { value: 'b', score: '2' },
    ]);
  });

  it('pushes { score, value } members and refuses anything else', () => {
    const parser = new BasicCommandParser();
    pushSortedSetMembers(parser, 'ZADD', [{ score: -Infinity, value: 'a' }, { score: '2', value: Buffer.from('b') }]);
    expect(parser.redisArgs).toEqual(['-inf', 'a', '2', Buffer.from('b')]);
    expect(() => pushSortedSetMembers(new BasicCommandParser(), 'ZADD', [1, 'a'])).toThrow(/ZADD: members\[0\] must be \{ score, value \}/);
    expect(() => pushSortedSetMembers(new BasicCommandParser(), 'ZADD', { value: 'a' })).toThrow(TypeError);
  });

  it('keys: plain (one or several), every key recorded, numkeys counted', () => {
    expect(push('a').redisArgs).toEqual(['1', 'a']);
    const parser = push(['a', 'b'], { AGGREGATE: 'MIN' });
    expect(parser.redisArgs).toEqual(['2', 'a', 'b', 'AGGREGATE', 'MIN']);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it("keys with weights (node-redis's form), and x's WEIGHTS option for plain keys", () => {
    expect(push([{ key: 'a', weight: 2 }, { key: 'b', weight: Infinity }]).redisArgs).toEqual(['2', 'a', 'b', 'WEIGHTS', '2', '+inf']);
    expect(push({ key: 'a', weight: 0.5 }).redisArgs).toEqual(['1', 'a', 'WEIGHTS', '0.5']);
    expect(push(['a', 'b'], { WEIGHTS: [1, 2] }).redisArgs).toEqual(['2', 'a', 'b', 'WEIGHTS', '1', '2']);
    expect(push('a', { WEIGHTS: 3 }).redisArgs).toEqual(['1', 'a', 'WEIGHTS', '3']);
  });

  it('refuses mixed keys, and weights given twice', () => {
    expect(() => push([{ key: 'a', weight: 1 }, 'b'])).toThrow(/keys\[1\] must be \{ key, weight \} like the first key/);
    expect(() => push(['a', { key: 'b', weight: 1 }])).toThrow(/keys\[1\] must be a key/);
    expect(() => push([{ key: 'a', weight: 1 }], { WEIGHTS: [1] })).toThrow(/options.WEIGHTS must be absent/);
  });
});
