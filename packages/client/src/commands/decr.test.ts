import { getTransformReply, parseCommandArguments } from '@x/modules';
import DECR from './decr';

describe('DECR', () => {
  it('sends DECR key', () => {
    const parser = parseCommandArguments(DECR, 'counter');
    expect(parser.redisArgs).toEqual(['DECR', 'counter']);
    expect(parser.keys).toEqual(['counter']);
    expect('IS_READ_ONLY' in DECR).toBe(false);
  });

  it('resolves with the integer as decoded', () => {
    expect(getTransformReply(DECR, 2)).toBeUndefined();
    expect(getTransformReply(DECR, 3)).toBeUndefined();
  });
});
