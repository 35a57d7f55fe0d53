import { inspect } from 'node:util';
import { redactUrl, withRedactedView } from './redact-options';

describe('redactUrl', () => {
  it.each([
    ['redis://user:pw@h:1/2', 'redis://user:<redacted>@h:1/2'],
    ['rediss://:pw@h', 'rediss://:<redacted>@h'],
    ['redis://user@h', 'redis://user@h'],
    ['redis://h:1', 'redis://h:1'],
    ['not a url :pw@', 'not a url :pw@'],
  ])('%s → %s', (url, shown) => {
    expect(redactUrl(url)).toBe(shown);
  });
});

describe('withRedactedView', () => {
  it('keeps every value readable and spreadable, and hides secrets from inspect and JSON', () => {
    const options = withRedactedView({ password: 'pw-1', socket: { key: 'k-1', port: 1 }, name: 'n' });
    expect(options.password).toBe('pw-1');
    expect({ ...options }).toEqual({ password: 'pw-1', socket: { key: 'k-1', port: 1 }, name: 'n' });
    const text = `${inspect(options)} ${inspect(options.socket)} ${JSON.stringify(options)} ${JSON.stringify({ nested: options })}`;
    expect(text).not.toMatch(/pw-1|k-1/);
    expect(text).toContain("name: 'n'");
  });

  it('a cycle in an option value does not hang', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => JSON.stringify(withRedactedView({ password: 'pw-2', extra: cyclic }))).not.toThrow();
  });
});
