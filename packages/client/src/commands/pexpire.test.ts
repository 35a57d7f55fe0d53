import { getTransformReply, parseCommandArguments } from '@x/modules';
import PEXPIRE from './pexpire';

describe('PEXPIRE', () => {
  it('sends PEXPIRE key milliseconds', () => {
    const parser = parseCommandArguments(PEXPIRE, 'key', 1500);
    expect(parser.redisArgs).toEqual(['PEXPIRE', 'key', '1500']);
    expect(parser.keys).toEqual(['key']);
  });

  it('with a mode', () => {
    expect(parseCommandArguments(PEXPIRE, 'key', 1, 'GT').redisArgs).toEqual(['PEXPIRE', 'key', '1', 'GT']);
  });

  it('resolves with 1 or 0 as decoded', () => {
    expect(getTransformReply(PEXPIRE, 2)).toBeUndefined();
    expect(getTransformReply(PEXPIRE, 3)).toBeUndefined();
  });
});
