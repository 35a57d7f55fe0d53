import { createClient } from './client';
import { InvalidOptionError } from './errors';
import { createClientPool } from './pool/create-client-pool';
import { resolveClientOptions } from './resolve-options';
import { UNHONOURED_CLIENT_OPTIONS, UNHONOURED_POOL_OPTIONS } from './unhonoured-options';

/** `{ socket: { family: value } }` for `socket.family`. */
function optionAt(path: string, value: unknown): Record<string, unknown> {
  const parts = path.split('.');
  let result: unknown = value;
  for (const part of parts.reverse()) result = { [part]: result };
  return result as Record<string, unknown>;
}

function refusal(fn: () => unknown): InvalidOptionError | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidOptionError) return error;
    throw error;
  }
  return undefined;
}

describe('node-redis options x does not honour yet', () => {
  it.each(UNHONOURED_CLIENT_OPTIONS.map((o) => o.name))('createClient refuses %s with an InvalidOptionError naming it', (name) => {
    const error = refusal(() => createClient(optionAt(name, 'some value') as never));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error?.option).toBe(name);
    expect(error?.message).toContain(name);
  });

  it.each(UNHONOURED_CLIENT_OPTIONS.map((o) => o.name))("createClientPool refuses its clients' %s", (name) => {
    const error = refusal(() => createClientPool(optionAt(name, 'some value') as never));
    expect(error?.option).toBe(name);
  });

  it('createClientPool refuses every pool option of the list (none left: clientSideCache is implemented)', () => {
    for (const { name } of UNHONOURED_POOL_OPTIONS) {
      expect(refusal(() => createClientPool({}, optionAt(name, {}) as never))?.option).toBe(name);
    }
    expect(refusal(() => createClientPool({}, { clientSideCache: { maxEntries: 10 } }))).toBeUndefined();
  });

  it('accepts the values x already honours (the feature switched off)', () => {
    for (const option of UNHONOURED_CLIENT_OPTIONS) {
      for (const value of option.honoured ?? []) {
        expect(refusal(() => createClient(optionAt(option.name, value) as never))).toBeUndefined();
      }
    }
    expect(refusal(() => createClient({ disableClientInfo: false } as never))?.option).toBe('disableClientInfo');
  });

  it('accepts honoured options and an undefined unhonoured one', () => {
    expect(refusal(() => createClient({ pingInterval: 1000, socket: { connectTimeout: 100, noDelay: false }, name: 'n' }))).toBeUndefined();
    expect(refusal(() => createClient({ keyPrefix: undefined } as never))).toBeUndefined();
    expect(refusal(() => createClientPool({ database: 1 }, { minimum: 1 }))).toBeUndefined();
  });

  it('never puts the value of a refused option in the message', () => {
    const error = refusal(() => createClient({ clientInfoTag: 'hunter2' } as never));
    expect(error?.message).not.toContain('hunter2');
  });

  it('passes every node TLS option given flat beside `tls: true` to tls.connect, as node-redis does', () => {
    const resolved = resolveClientOptions({ socket: { tls: true, passphrase: 'p', minVersion: 'TLSv1.2', ca: 'c', host: 'h' } as never });
    expect(resolved.tls).toEqual({ passphrase: 'p', minVersion: 'TLSv1.2', ca: 'c' });
  });
});
