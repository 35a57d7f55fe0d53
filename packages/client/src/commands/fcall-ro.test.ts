import { getTransformReply, parseCommandArguments } from '@x/modules';
import FCALL_RO from './fcall-ro';

describe('FCALL_RO', () => {
  it('is read-only; function, numkeys, keys, arguments', () => {
    expect(FCALL_RO.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(FCALL_RO, 'get', { keys: ['k'] });
    expect(parser.redisArgs).toEqual(['FCALL_RO', 'get', '1', 'k']);
    expect(parser.keys).toEqual(['k']);
  });

  it('resolves with whatever the function returned', () => {
    expect(getTransformReply(FCALL_RO, 2)).toBeUndefined();
    expect(getTransformReply(FCALL_RO, 3)).toBeUndefined();
  });
});
