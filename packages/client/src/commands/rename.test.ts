import { getTransformReply, parseCommandArguments } from '@x/modules';
import RENAME from './rename';

describe('RENAME', () => {
  it('records both names as keys', () => {
    const parser = parseCommandArguments(RENAME, 'old', 'new');
    expect(parser.redisArgs).toEqual(['RENAME', 'old', 'new']);
    expect(parser.keys).toEqual(['old', 'new']);
    expect('IS_READ_ONLY' in RENAME).toBe(false);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(RENAME, 2)).toBeUndefined();
    expect(getTransformReply(RENAME, 3)).toBeUndefined();
  });
});
