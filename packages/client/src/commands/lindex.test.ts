import { getTransformReply, parseCommandArguments } from '@x/modules';
import LINDEX from './lindex';

describe('LINDEX', () => {
  it('sends LINDEX l -1', () => {
    expect(LINDEX.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(LINDEX, 'l', -1);
    expect(parser.redisArgs).toEqual(['LINDEX', 'l', '-1']);
    expect(parser.keys).toEqual(['l']);
  });

  it('resolves with the element or null as decoded', () => {
    expect(getTransformReply(LINDEX, 2)).toBeUndefined();
    expect(getTransformReply(LINDEX, 3)).toBeUndefined();
  });
});
