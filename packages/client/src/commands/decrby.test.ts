import { getTransformReply, parseCommandArguments } from '@x/modules';
import DECRBY from './decrby';

describe('DECRBY', () => {
  it('sends DECRBY key decrement', () => {
    const parser = parseCommandArguments(DECRBY, 'counter', 3);
    expect(parser.redisArgs).toEqual(['DECRBY', 'counter', '3']);
    expect(parser.keys).toEqual(['counter']);
  });

  it('resolves with the integer as decoded', () => {
    expect(getTransformReply(DECRBY, 2)).toBeUndefined();
    expect(getTransformReply(DECRBY, 3)).toBeUndefined();
  });
});
