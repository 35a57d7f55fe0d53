import { getTransformReply, parseCommandArguments } from '@x/modules';
import LTRIM from './ltrim';

describe('LTRIM', () => {
  it('sends LTRIM l 1 -1', () => {
    expect('IS_READ_ONLY' in LTRIM).toBe(false);
    const parser = parseCommandArguments(LTRIM, 'l', 1, -1);
    expect(parser.redisArgs).toEqual(['LTRIM', 'l', '1', '-1']);
    expect(parser.keys).toEqual(['l']);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(LTRIM, 2)).toBeUndefined();
    expect(getTransformReply(LTRIM, 3)).toBeUndefined();
  });
});
