import { getTransformReply, parseCommandArguments } from '@x/modules';
import EVALSHA_RO from './evalsha-ro';

describe('EVALSHA_RO', () => {
  it('is read-only; sha1, numkeys, keys, arguments', () => {
    expect(EVALSHA_RO.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(EVALSHA_RO, 'sha', { keys: ['a', 'b'], arguments: ['1'] });
    expect(parser.redisArgs).toEqual(['EVALSHA_RO', 'sha', '2', 'a', 'b', '1']);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it('resolves with whatever the script returned', () => {
    expect(getTransformReply(EVALSHA_RO, 2)).toBeUndefined();
    expect(getTransformReply(EVALSHA_RO, 3)).toBeUndefined();
  });
});
