import { getTransformReply, parseCommandArguments } from '@x/modules';
import INCRBYFLOAT from './incrbyfloat';

describe('INCRBYFLOAT', () => {
  it('sends INCRBYFLOAT key increment', () => {
    const parser = parseCommandArguments(INCRBYFLOAT, 'f', 1.5);
    expect(parser.redisArgs).toEqual(['INCRBYFLOAT', 'f', '1.5']);
    expect(parser.keys).toEqual(['f']);
    expect('IS_READ_ONLY' in INCRBYFLOAT).toBe(false);
  });

  it('resolves with the bulk string as sent (both protocols send a bulk string)', () => {
    expect(getTransformReply(INCRBYFLOAT, 2)).toBeUndefined();
    expect(getTransformReply(INCRBYFLOAT, 3)).toBeUndefined();
  });
});
