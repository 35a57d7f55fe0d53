import { getTransformReply, parseCommandArguments } from '@x/modules';
import LREM from './lrem';

describe('LREM', () => {
  it('sends LREM l -2 x', () => {
    expect('IS_READ_ONLY' in LREM).toBe(false);
    const parser = parseCommandArguments(LREM, 'l', -2, 'x');
    expect(parser.redisArgs).toEqual(['LREM', 'l', '-2', 'x']);
    expect(parser.keys).toEqual(['l']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(LREM, 2)).toBeUndefined();
    expect(getTransformReply(LREM, 3)).toBeUndefined();
  });
});
