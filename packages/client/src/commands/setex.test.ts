import { getTransformReply, parseCommandArguments } from '@x/modules';
import SETEX from './setex';

describe('SETEX', () => {
  it('sends SETEX key seconds value', () => {
    const parser = parseCommandArguments(SETEX, 'key', 60, 'value');
    expect(parser.redisArgs).toEqual(['SETEX', 'key', '60', 'value']);
    expect(parser.keys).toEqual(['key']);
    expect('IS_READ_ONLY' in SETEX).toBe(false);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(SETEX, 2)).toBeUndefined();
    expect(getTransformReply(SETEX, 3)).toBeUndefined();
  });
});
