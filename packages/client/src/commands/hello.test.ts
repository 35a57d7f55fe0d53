import { parseCommandArguments } from '@x/modules';
import AUTH from './auth';
import HELLO from './hello';

describe('HELLO / AUTH', () => {
  it('HELLO: protover, AUTH, SETNAME; options without a protover are refused', () => {
    expect(parseCommandArguments(HELLO).redisArgs).toEqual(['HELLO']);
    expect(parseCommandArguments(HELLO, 3, { AUTH: { username: 'u', password: 'p' }, SETNAME: 'n' }).redisArgs).toEqual(['HELLO', '3', 'AUTH', 'u', 'p', 'SETNAME', 'n']);
    expect(() => parseCommandArguments(HELLO, undefined, { SETNAME: 'n' })).toThrow(TypeError);
    expect(HELLO.transformReply[2](['server', 'redis', 'version', '7.0.15', 'proto', 2, 'id', 1, 'mode', 'standalone', 'role', 'master', 'modules', []])).toEqual({
      server: 'redis', version: '7.0.15', proto: 2, id: 1, mode: 'standalone', role: 'master', modules: [],
    });
  });

  it('AUTH: a password, or a user and a password; anything else refused without echoing it', () => {
    expect(parseCommandArguments(AUTH, { password: 'p' }).redisArgs).toEqual(['AUTH', 'p']);
    expect(parseCommandArguments(AUTH, { username: 'u', password: 'p' }).redisArgs).toEqual(['AUTH', 'u', 'p']);
    expect(() => parseCommandArguments(AUTH, 'secret' as never)).toThrow(TypeError);
    expect(() => parseCommandArguments(AUTH, { username: 'secret-user' } as never)).toThrow(/^AUTH: give \{ password \}/);
  });
});
