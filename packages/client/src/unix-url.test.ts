import { InvalidOptionError } from './errors';
import { resolveClientOptions } from './resolve-options';
import { parseUnixUrl } from './unix-url';

describe('unix:// URLs (node-redis accepts them; they were refused)', () => {
  it('give the socket path, the credentials and the database', () => {
    expect(parseUnixUrl('unix:///tmp/redis.sock')).toMatchObject({ path: '/tmp/redis.sock', username: undefined, password: undefined, database: undefined });
    expect(parseUnixUrl('unix://us%40er:p%3Ass@/var/run/redis%20x.sock?db=3')).toMatchObject({
      path: '/var/run/redis x.sock',
      username: 'us@er',
      password: 'p:ss',
      database: 3,
    });
    expect(parseUnixUrl('unix://:secret@/s.sock')).toMatchObject({ username: undefined, password: 'secret' });
  });

  it('are refused when malformed, without quoting the URL', () => {
    for (const url of ['unix://', 'unix:///', 'unix://host/s.sock', 'unix://:secret@/s.sock?db=x', 'unix://:secret@/s.sock?db=-1']) {
      const attempt = () => parseUnixUrl(url);
      expect(attempt).toThrow(InvalidOptionError);
      expect(attempt).not.toThrow(/secret/);
    }
  });

  it('are resolved into a client connecting to the socket path', () => {
    const resolved = resolveClientOptions({ url: 'unix://:pw@/tmp/r.sock?db=2' });
    expect([resolved.path, resolved.password, resolved.database, resolved.tls]).toEqual(['/tmp/r.sock', 'pw', 2, undefined]);
    // socket.path given beside the URL wins, as socket.host does.
    expect(resolveClientOptions({ url: 'unix:///tmp/r.sock', socket: { path: '/tmp/other.sock' } }).path).toBe('/tmp/other.sock');
  });
});
