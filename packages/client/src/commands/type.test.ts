import { getTransformReply, parseCommandArguments } from '@x/modules';
import TYPE from './type';

describe('TYPE', () => {
  it('is read-only and sends TYPE key', () => {
    expect(TYPE.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(TYPE, 'key');
    expect(parser.redisArgs).toEqual(['TYPE', 'key']);
    expect(parser.keys).toEqual(['key']);
  });

  it('resolves with the type name as decoded', () => {
    expect(getTransformReply(TYPE, 2)).toBeUndefined();
    expect(getTransformReply(TYPE, 3)).toBeUndefined();
  });
});
