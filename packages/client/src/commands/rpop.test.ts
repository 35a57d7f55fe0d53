import { getTransformReply, parseCommandArguments } from '@x/modules';
import RPOP from './rpop';

describe('RPOP', () => {
  it('sends RPOP l', () => {
    expect('IS_READ_ONLY' in RPOP).toBe(false);
    const parser = parseCommandArguments(RPOP, 'l');
    expect(parser.redisArgs).toEqual(['RPOP', 'l']);
    expect(parser.keys).toEqual(['l']);
  });

  it('resolves with the element or null as decoded', () => {
    expect(getTransformReply(RPOP, 2)).toBeUndefined();
    expect(getTransformReply(RPOP, 3)).toBeUndefined();
  });
});
