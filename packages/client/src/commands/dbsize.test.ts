import { getTransformReply, parseCommandArguments } from '@x/modules';
import DBSIZE from './dbsize';

describe('DBSIZE', () => {
  it('is keyless', () => {
    expect(DBSIZE.NOT_KEYED_COMMAND).toBe(true);
    expect(DBSIZE.IS_READ_ONLY).toBe(true);
    expect(parseCommandArguments(DBSIZE).keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(DBSIZE).redisArgs).toEqual(['DBSIZE']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(DBSIZE, 2)).toBeUndefined();
    expect(getTransformReply(DBSIZE, 3)).toBeUndefined();
  });
});
