import { commandCredentials, protocolSwitchRefusal } from './connection-state-commands';

describe('commandCredentials', () => {
  it('reads AUTH password and AUTH username password', () => {
    expect(commandCredentials(['AUTH', 'pw'])).toEqual({ username: undefined, password: 'pw' });
    expect(commandCredentials(['auth', 'alice', 'pw'])).toEqual({ username: 'alice', password: 'pw' });
    expect(commandCredentials([Buffer.from('AUTH'), Buffer.from('alice'), Buffer.from('pw')])).toEqual({ username: 'alice', password: 'pw' });
  });

  it('reads the AUTH block of HELLO, wherever it sits', () => {
    expect(commandCredentials(['HELLO', '3', 'AUTH', 'alice', 'pw'])).toEqual({ username: 'alice', password: 'pw' });
    expect(commandCredentials(['HELLO', '3', 'SETNAME', 'n', 'AUTH', 'alice', 'pw'])).toEqual({ username: 'alice', password: 'pw' });
    expect(commandCredentials(['hello', '2', 'auth', 'alice', 'pw', 'SETNAME', 'n'])).toEqual({ username: 'alice', password: 'pw' });
  });

  it('is undefined for other commands and for lines that carry no credentials', () => {
    expect(commandCredentials(['GET', 'AUTH'])).toBeUndefined();
    expect(commandCredentials(['AUTH'])).toBeUndefined();
    expect(commandCredentials(['AUTH', 'a', 'b', 'c'])).toBeUndefined();
    expect(commandCredentials(['HELLO', '3'])).toBeUndefined();
    expect(commandCredentials(['HELLO', '3', 'SETNAME', 'AUTH'])).toBeUndefined();
    expect(commandCredentials(['PING'])).toBeUndefined();
    expect(commandCredentials([])).toBeUndefined();
  });
});

describe('protocolSwitchRefusal', () => {
  it('refuses a HELLO to the other protocol, saying which option to use', () => {
    const error = protocolSwitchRefusal(['HELLO', '3'], 2);
    expect(error).toBeInstanceOf(TypeError);
    expect(error?.message).toContain('{ RESP: 3 }');
    expect(protocolSwitchRefusal(['hello', '2', 'SETNAME', 'n'], 3)).toBeInstanceOf(TypeError);
  });

  it('lets the same protocol, a bare HELLO and every other command through', () => {
    expect(protocolSwitchRefusal(['HELLO', '3'], 3)).toBeUndefined();
    expect(protocolSwitchRefusal(['HELLO'], 2)).toBeUndefined();
    expect(protocolSwitchRefusal(['ECHO', 'HELLO'], 2)).toBeUndefined();
    expect(protocolSwitchRefusal([Buffer.from('HELLO'), Buffer.from('2')], 2)).toBeUndefined();
  });
});
