import { getTransformReply, parseCommandArguments } from '@x/modules';
import SADD from './sadd';

describe('SADD', () => {
  it('sends SADD s a b', () => {
    expect('IS_READ_ONLY' in SADD).toBe(false);
    const parser = parseCommandArguments(SADD, 's', ['a', 'b']);
    expect(parser.redisArgs).toEqual(['SADD', 's', 'a', 'b']);
    expect(parser.keys).toEqual(['s']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(SADD, 2)).toBeUndefined();
    expect(getTransformReply(SADD, 3)).toBeUndefined();
  });
});
