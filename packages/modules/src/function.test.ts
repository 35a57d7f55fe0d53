import { functionArgumentsPrefix } from './function';

describe('functionArgumentsPrefix', () => {
  const base = { parseCommand() {}, transformReply: undefined };

  it('is FCALL name numkeys for a function that writes', () => {
    expect(functionArgumentsPrefix('square', { ...base, NUMBER_OF_KEYS: 1 })).toEqual(['FCALL', 'square', '1']);
  });

  it('is FCALL_RO for a read-only function', () => {
    expect(functionArgumentsPrefix('get', { ...base, IS_READ_ONLY: true, NUMBER_OF_KEYS: 0 })).toEqual([
      'FCALL_RO',
      'get',
      '0',
    ]);
  });

  it('leaves numkeys to parseCommand when NUMBER_OF_KEYS is not declared', () => {
    expect(functionArgumentsPrefix('f', base)).toEqual(['FCALL', 'f']);
  });
});
