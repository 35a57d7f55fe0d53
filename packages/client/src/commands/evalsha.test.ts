import { getTransformReply, parseCommandArguments } from '@x/modules';
import EVALSHA from './evalsha';

describe('EVALSHA', () => {
  it('writes; sha1, numkeys, keys, arguments', () => {
    expect('IS_READ_ONLY' in EVALSHA).toBe(false);
    const parser = parseCommandArguments(EVALSHA, 'e0e1f9fabfc9d4800c877a703b823ac0578ff8db', { keys: ['k'] });
    expect(parser.redisArgs).toEqual(['EVALSHA', 'e0e1f9fabfc9d4800c877a703b823ac0578ff8db', '1', 'k']);
    expect(parser.keys).toEqual(['k']);
    expect(parseCommandArguments(EVALSHA, 'sha').redisArgs).toEqual(['EVALSHA', 'sha', '0']);
  });

  it('resolves with whatever the script returned', () => {
    expect(getTransformReply(EVALSHA, 2)).toBeUndefined();
    expect(getTransformReply(EVALSHA, 3)).toBeUndefined();
  });
});
