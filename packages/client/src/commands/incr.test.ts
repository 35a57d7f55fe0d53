import { getTransformReply, parseCommandArguments } from '@x/modules';
import INCR from './incr';

describe('INCR', () => {
  it('sends INCR key and records the key', () => {
    const parser = parseCommandArguments(INCR, 'counter');
    expect(parser.redisArgs).toEqual(['INCR', 'counter']);
    expect(parser.keys).toEqual(['counter']);
    expect('IS_READ_ONLY' in INCR).toBe(false);
  });

  it('resolves with the integer as decoded', () => {
    expect(getTransformReply(INCR, 2)).toBeUndefined();
    expect(getTransformReply(INCR, 3)).toBeUndefined();
  });
});
