import { getTransformReply, parseCommandArguments } from '@x/modules';
import INCRBY from './incrby';

describe('INCRBY', () => {
  it('sends INCRBY key increment', () => {
    const parser = parseCommandArguments(INCRBY, 'counter', -5);
    expect(parser.redisArgs).toEqual(['INCRBY', 'counter', '-5']);
    expect(parser.keys).toEqual(['counter']);
    expect('IS_READ_ONLY' in INCRBY).toBe(false);
  });

  it('resolves with the integer as decoded', () => {
    expect(getTransformReply(INCRBY, 2)).toBeUndefined();
    expect(getTransformReply(INCRBY, 3)).toBeUndefined();
  });
});
