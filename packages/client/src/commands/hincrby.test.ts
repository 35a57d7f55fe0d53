import { getTransformReply, parseCommandArguments } from '@x/modules';
import HINCRBY from './hincrby';

describe('HINCRBY', () => {
  it('sends HINCRBY key field increment', () => {
    const parser = parseCommandArguments(HINCRBY, 'h', 'f', -2);
    expect(parser.redisArgs).toEqual(['HINCRBY', 'h', 'f', '-2']);
    expect(parser.keys).toEqual(['h']);
    expect('IS_READ_ONLY' in HINCRBY).toBe(false);
  });

  it('resolves with the integer as decoded', () => {
    expect(getTransformReply(HINCRBY, 2)).toBeUndefined();
    expect(getTransformReply(HINCRBY, 3)).toBeUndefined();
  });
});
