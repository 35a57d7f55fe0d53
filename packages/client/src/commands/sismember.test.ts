import { getTransformReply, parseCommandArguments } from '@x/modules';
import SISMEMBER from './sismember';

describe('SISMEMBER', () => {
  it('sends SISMEMBER s a', () => {
    expect(SISMEMBER.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(SISMEMBER, 's', 'a');
    expect(parser.redisArgs).toEqual(['SISMEMBER', 's', 'a']);
    expect(parser.keys).toEqual(['s']);
  });

  it('resolves with 1 or 0 as decoded', () => {
    expect(getTransformReply(SISMEMBER, 2)).toBeUndefined();
    expect(getTransformReply(SISMEMBER, 3)).toBeUndefined();
  });
});
