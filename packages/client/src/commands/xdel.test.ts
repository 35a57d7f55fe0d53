import { getTransformReply, parseCommandArguments } from '@x/modules';
import XDEL from './xdel';

describe('XDEL', () => {
  it('one id or many; ids are not keys', () => {
    expect(parseCommandArguments(XDEL, 's', '1-1').redisArgs).toEqual(['XDEL', 's', '1-1']);
    const parser = parseCommandArguments(XDEL, 's', ['1-1', '1-2']);
    expect(parser.redisArgs).toEqual(['XDEL', 's', '1-1', '1-2']);
    expect(parser.keys).toEqual(['s']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(XDEL, 2)).toBeUndefined();
    expect(getTransformReply(XDEL, 3)).toBeUndefined();
  });
});
