import { getTransformReply, parseCommandArguments } from '@x/modules';
import FCALL from './fcall';

describe('FCALL', () => {
  it('writes; function, numkeys, keys, arguments', () => {
    expect('IS_READ_ONLY' in FCALL).toBe(false);
    const parser = parseCommandArguments(FCALL, 'myfunc', { keys: ['k'], arguments: ['a', 'b'] });
    expect(parser.redisArgs).toEqual(['FCALL', 'myfunc', '1', 'k', 'a', 'b']);
    expect(parser.keys).toEqual(['k']);
    expect(parseCommandArguments(FCALL, 'myfunc').redisArgs).toEqual(['FCALL', 'myfunc', '0']);
  });

  it('resolves with whatever the function returned', () => {
    expect(getTransformReply(FCALL, 2)).toBeUndefined();
    expect(getTransformReply(FCALL, 3)).toBeUndefined();
  });
});
