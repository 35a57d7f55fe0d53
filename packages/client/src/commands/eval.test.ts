import { getTransformReply, parseCommandArguments } from '@x/modules';
import EVAL from './eval';

describe('EVAL', () => {
  it('writes (not read-only); no keys: numkeys 0', () => {
    expect('IS_READ_ONLY' in EVAL).toBe(false);
    const parser = parseCommandArguments(EVAL, 'return 1');
    expect(parser.redisArgs).toEqual(['EVAL', 'return 1', '0']);
    expect(parser.keys).toEqual([]);
  });

  it('{ keys, arguments }: numkeys, every key recorded, then the arguments', () => {
    const parser = parseCommandArguments(EVAL, 'return KEYS[1]', { keys: ['a', 'b'], arguments: ['x', 'y'] });
    expect(parser.redisArgs).toEqual(['EVAL', 'return KEYS[1]', '2', 'a', 'b', 'x', 'y']);
    expect(parser.keys).toEqual(['a', 'b']);
    expect(parser.firstKey).toBe('a');
  });

  it('arguments only', () => {
    expect(parseCommandArguments(EVAL, 'return ARGV[1]', { arguments: ['x'] }).redisArgs).toEqual(['EVAL', 'return ARGV[1]', '0', 'x']);
  });

  it('resolves with whatever the script returned', () => {
    expect(getTransformReply(EVAL, 2)).toBeUndefined();
    expect(getTransformReply(EVAL, 3)).toBeUndefined();
  });
});
