import { getTransformReply, parseCommandArguments } from '@x/modules';
import GETDEL from './getdel';

describe('GETDEL', () => {
  it('writes and sends GETDEL key', () => {
    expect('IS_READ_ONLY' in GETDEL).toBe(false);
    const parser = parseCommandArguments(GETDEL, 'key');
    expect(parser.redisArgs).toEqual(['GETDEL', 'key']);
    expect(parser.keys).toEqual(['key']);
  });

  it('resolves with the value or null as decoded', () => {
    expect(getTransformReply(GETDEL, 2)).toBeUndefined();
    expect(getTransformReply(GETDEL, 3)).toBeUndefined();
  });
});
