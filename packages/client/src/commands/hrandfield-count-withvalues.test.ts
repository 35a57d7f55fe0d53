import { getTransformReply } from '@x/modules';
import HRANDFIELD_COUNT_WITHVALUES from './hrandfield-count-withvalues';

describe('HRANDFIELD_COUNT_WITHVALUES', () => {
  it('RESP2 flat array and RESP3 pairs both become [{ field, value }]', () => {
    const expected = [
      { field: 'a', value: '1' },
      { field: 'b', value: '2' },
    ];
    expect(getTransformReply(HRANDFIELD_COUNT_WITHVALUES, 2)!(['a', '1', 'b', '2'])).toEqual(expected);
    expect(getTransformReply(HRANDFIELD_COUNT_WITHVALUES, 3)!([['a', '1'], ['b', '2']])).toEqual(expected);
    expect(getTransformReply(HRANDFIELD_COUNT_WITHVALUES, 2)!([])).toEqual([]);
  });
});
