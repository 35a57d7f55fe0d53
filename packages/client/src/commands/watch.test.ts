import { getTransformReply, parseCommandArguments } from '@x/modules';
import WATCH from './watch';

describe('WATCH', () => {
  it('records every key', () => {
    const parser = parseCommandArguments(WATCH, ['a', 'b']);
    expect(parser.redisArgs).toEqual(['WATCH', 'a', 'b']);
    expect(parser.keys).toEqual(['a', 'b']);
    expect(parseCommandArguments(WATCH, 'a').keys).toEqual(['a']);
    expect('NOT_KEYED_COMMAND' in WATCH).toBe(false);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(WATCH, 2)).toBeUndefined();
    expect(getTransformReply(WATCH, 3)).toBeUndefined();
  });
});
