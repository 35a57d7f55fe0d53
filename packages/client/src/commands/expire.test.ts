import { getTransformReply, parseCommandArguments } from '@x/modules';
import EXPIRE from './expire';

describe('EXPIRE', () => {
  it('sends EXPIRE key seconds', () => {
    const parser = parseCommandArguments(EXPIRE, 'key', 60);
    expect(parser.redisArgs).toEqual(['EXPIRE', 'key', '60']);
    expect(parser.keys).toEqual(['key']);
    expect('IS_READ_ONLY' in EXPIRE).toBe(false);
  });

  it.each(['NX', 'XX', 'GT', 'LT'] as const)('with mode %s', (mode) => {
    expect(parseCommandArguments(EXPIRE, 'key', 1, mode).redisArgs).toEqual(['EXPIRE', 'key', '1', mode]);
  });

  it('resolves with 1 or 0 as decoded', () => {
    expect(getTransformReply(EXPIRE, 2)).toBeUndefined();
    expect(getTransformReply(EXPIRE, 3)).toBeUndefined();
  });
});
