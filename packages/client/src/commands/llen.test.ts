import { getTransformReply, parseCommandArguments } from '@x/modules';
import LLEN from './llen';

describe('LLEN', () => {
  it('sends LLEN l', () => {
    expect(LLEN.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(LLEN, 'l');
    expect(parser.redisArgs).toEqual(['LLEN', 'l']);
    expect(parser.keys).toEqual(['l']);
  });

  it('resolves with the length as decoded', () => {
    expect(getTransformReply(LLEN, 2)).toBeUndefined();
    expect(getTransformReply(LLEN, 3)).toBeUndefined();
  });
});
