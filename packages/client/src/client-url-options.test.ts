import { InvalidOptionError } from './errors';
import { parseClientOptions, parseClientUrl } from './client-url-options';

describe("RedisClient.parseURL / parseOptions (node-redis's statics)", () => {
  it('parses a URL into client options as node-redis does (user and password decoded)', () => {
    expect(parseClientUrl('rediss://us%40er:p%3Ass@example.com:6380/2')).toEqual({
      socket: { host: 'example.com', port: 6380, tls: true },
      username: 'us@er',
      password: 'p:ss',
      database: 2,
    });
    expect(parseClientUrl('redis://[::1]')).toEqual({ socket: { host: '::1', tls: false } });
  });

  it('refuses another scheme without echoing the URL', () => {
    const attempt = () => parseClientUrl('http://user:secret@h');
    expect(attempt).toThrow(InvalidOptionError);
    expect(attempt).not.toThrow(/secret/);
  });

  it('merges the URL into the options object (the URL wins) and refuses a contradicting socket.tls', () => {
    const options = { url: 'redis://h:1/3', socket: { connectTimeout: 10, port: 2 }, name: 'n' };
    expect(parseClientOptions(options)).toBe(options);
    expect(options).toMatchObject({ socket: { connectTimeout: 10, host: 'h', port: 1, tls: false }, database: 3, name: 'n' });
    expect(() => parseClientOptions({ url: 'rediss://h', socket: { tls: false } })).toThrow(TypeError);
    const plain = { name: 'x' };
    expect(parseClientOptions(plain)).toBe(plain);
  });
});
