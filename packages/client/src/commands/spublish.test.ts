import { getTransformReply, parseCommandArguments } from '@x/modules';
import SPUBLISH from './spublish';

describe('SPUBLISH', () => {
  it('the shard channel is recorded as a key (routes to its slot)', () => {
    expect('NOT_KEYED_COMMAND' in SPUBLISH).toBe(false);
    expect(SPUBLISH.IS_READ_ONLY).toBe(true); // replica-safe, as node-redis routes it
    const parser = parseCommandArguments(SPUBLISH, 'orders', 'hello');
    expect(parser.redisArgs).toEqual(['SPUBLISH', 'orders', 'hello']);
    expect(parser.keys).toEqual(['orders']);
  });

  it('resolves with the receiver count as decoded', () => {
    expect(getTransformReply(SPUBLISH, 2)).toBeUndefined();
    expect(getTransformReply(SPUBLISH, 3)).toBeUndefined();
  });
});
