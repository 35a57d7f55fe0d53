import { getTransformReply, parseCommandArguments } from '@x/modules';
import SETRANGE from './setrange';

describe('SETRANGE', () => {
  it('sends SETRANGE key offset value', () => {
    const parser = parseCommandArguments(SETRANGE, 'key', 6, 'Redis');
    expect(parser.redisArgs).toEqual(['SETRANGE', 'key', '6', 'Redis']);
    expect(parser.keys).toEqual(['key']);
    expect('IS_READ_ONLY' in SETRANGE).toBe(false);
  });

  it('resolves with the new length as decoded', () => {
    expect(getTransformReply(SETRANGE, 2)).toBeUndefined();
    expect(getTransformReply(SETRANGE, 3)).toBeUndefined();
  });
});
