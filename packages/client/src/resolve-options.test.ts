import { InvalidOptionError } from './errors';
import { parseRedisUrl, resolveClientOptions } from './resolve-options';

describe('parseRedisUrl', () => {
  it('percent-decodes the user and the password', () => {
    const parsed = parseRedisUrl(`redis://${encodeURIComponent('a:b')}:${encodeURIComponent('p@ss/%')}@h:1`);
    expect(parsed).toMatchObject({ username: 'a:b', password: 'p@ss/%', host: 'h', port: 1 });
  });

  // Issue 13 item 15: decodeURIComponent's URIError escaped as is (not an InvalidOptionError).
  it.each([
    ['password', 'redis://user:bad%zzsecret@h:1'],
    ['user name', 'redis://us%e0er:pw@h:1'],
  ])('a malformed percent-encoding in the %s is an InvalidOptionError naming url, without the URL', (what, url) => {
    const error = (() => {
      try {
        resolveClientOptions({ url });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect((error as InvalidOptionError).option).toBe('url');
    expect((error as Error).message).toContain(what);
    expect((error as Error).message).not.toMatch(/secret|pw@|bad%zz/);
  });
});
