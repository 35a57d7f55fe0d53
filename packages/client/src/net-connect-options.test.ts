import { InvalidOptionError } from './errors';
import { netConnectOptionsOf } from './net-connect-options';
import { resolveClientOptions } from './resolve-options';

describe("node's net.connect options in `socket`", () => {
  it('are passed on when valid, none when not given', () => {
    const lookup = () => undefined;
    expect(netConnectOptionsOf({ host: 'h', family: 4, localAddress: '127.0.0.1', localPort: 5000, hints: 0, lookup, autoSelectFamily: true, autoSelectFamilyAttemptTimeout: 250 })).toEqual({
      family: 4, localAddress: '127.0.0.1', localPort: 5000, hints: 0, lookup, autoSelectFamily: true, autoSelectFamilyAttemptTimeout: 250,
    });
    expect(netConnectOptionsOf({ host: 'h', port: 1 })).toBeUndefined();
    expect(resolveClientOptions({ socket: { family: 6 } }).net).toEqual({ family: 6 });
  });

  it.each([
    ['family', 5],
    ['localAddress', ''],
    ['localPort', 70_000],
    ['hints', -1],
    ['lookup', 'dns'],
    ['autoSelectFamily', 'yes'],
    ['autoSelectFamilyAttemptTimeout', 1],
  ])('a bad socket.%s is an InvalidOptionError naming it', (name, value) => {
    const attempt = () => resolveClientOptions({ socket: { [name]: value } as never });
    expect(attempt).toThrow(InvalidOptionError);
    expect(attempt).toThrow(`socket.${name}`);
  });

  it('with tls: true they go to the connection, not into the TLS options', () => {
    const resolved = resolveClientOptions({ socket: { tls: true, family: 4, servername: 's' } });
    expect([resolved.tls, resolved.net]).toEqual([{ servername: 's' }, { family: 4 }]);
  });
});
