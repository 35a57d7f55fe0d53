import { pairEntries } from './generated-arguments';

describe('pairEntries (generated field/value lists)', () => {
  it('takes a record or [field, value] pairs', () => {
    expect(pairEntries({ a: '1', b: '2' })).toEqual([['a', '1'], ['b', '2']]);
    expect(pairEntries([['a', '1']])).toEqual([['a', '1']]);
  });

  // Issue 12: a flat list read as pairs sent the first two characters of each string.
  it('refuses a flat list instead of splitting its strings', () => {
    expect(() => pairEntries(['{k}1', 'v1'] as never)).toThrow(new TypeError('pair 0 must be a [field, value] array of two elements, got string'));
    expect(() => pairEntries([['a', '1', 'x']] as never)).toThrow(/got an array of 3/);
  });
});
