import { getTransformReply, parseCommandArguments } from '@x/modules';
import SREM from './srem';

describe('SREM', () => {
  it('sends SREM s a', () => {
    expect('IS_READ_ONLY' in SREM).toBe(false);
    const parser = parseCommandArguments(SREM, 's', 'a');
    expect(parser.redisArgs).toEqual(['SREM', 's', 'a']);
    expect(parser.keys).toEqual(['s']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(SREM, 2)).toBeUndefined();
    expect(getTransformReply(SREM, 3)).toBeUndefined();
  });
});
