import { getTransformReply, parseCommandArguments } from '@x/modules';
import LPOP from './lpop';

describe('LPOP', () => {
  it('sends LPOP l', () => {
    expect('IS_READ_ONLY' in LPOP).toBe(false);
    const parser = parseCommandArguments(LPOP, 'l');
    expect(parser.redisArgs).toEqual(['LPOP', 'l']);
    expect(parser.keys).toEqual(['l']);
  });

  it('resolves with the element or null as decoded', () => {
    expect(getTransformReply(LPOP, 2)).toBeUndefined();
    expect(getTransformReply(LPOP, 3)).toBeUndefined();
  });
});
