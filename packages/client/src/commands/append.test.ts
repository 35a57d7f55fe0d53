import { getTransformReply, parseCommandArguments } from '@x/modules';
import APPEND from './append';

describe('APPEND', () => {
  it('sends APPEND key value', () => {
    const parser = parseCommandArguments(APPEND, 'key', 'tail');
    expect(parser.redisArgs).toEqual(['APPEND', 'key', 'tail']);
    expect(parser.keys).toEqual(['key']);
    expect('IS_READ_ONLY' in APPEND).toBe(false);
  });

  it('resolves with the new length as decoded', () => {
    expect(getTransformReply(APPEND, 2)).toBeUndefined();
    expect(getTransformReply(APPEND, 3)).toBeUndefined();
  });
});
