import { sharedServersOptions, startSharedServers, stopSharedServers } from './jest-shared-servers';
import { CLUSTER_ENV, STANDALONE_ENV } from './shared';

describe('sharedServersOptions', () => {
  it('reads globals.xTestServers (or testEnvironmentOptions.xTestServers)', () => {
    expect(sharedServersOptions({ globals: { xTestServers: { standalone: true } } })).toEqual({ standalone: true });
    expect(sharedServersOptions({ testEnvironmentOptions: { xTestServers: { cluster: { masters: 3, replicas: 0 } } } })).toEqual({
      cluster: { masters: 3, replicas: 0 },
    });
  });

  it('asks for nothing when the package says nothing', () => {
    expect(sharedServersOptions({})).toEqual({});
    expect(sharedServersOptions(undefined)).toEqual({});
  });

  it('names the bad option', () => {
    expect(() => sharedServersOptions({ globals: { xTestServers: { clsuter: true } } })).toThrow(/xTestServers\.clsuter is unknown/);
    expect(() => sharedServersOptions({ globals: { xTestServers: { standalone: 'yes' } } })).toThrow(/xTestServers\.standalone must be/);
    expect(() => sharedServersOptions({ globals: { xTestServers: true } })).toThrow(/globals\.xTestServers must be an object/);
  });
});

describe('startSharedServers', () => {
  const saved = { [STANDALONE_ENV]: process.env[STANDALONE_ENV], [CLUSTER_ENV]: process.env[CLUSTER_ENV] };
  afterEach(() => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  it('starts nothing and publishes nothing when nothing is asked for', async () => {
    delete process.env[STANDALONE_ENV];
    delete process.env[CLUSTER_ENV];
    await startSharedServers({});
    expect(process.env[STANDALONE_ENV]).toBeUndefined();
    expect(process.env[CLUSTER_ENV]).toBeUndefined();
    await stopSharedServers();
  });

  it('publishes a standalone server and stops it', async () => {
    await startSharedServers({ standalone: { password: 'pw' } });
    const info = JSON.parse(process.env[STANDALONE_ENV] as string) as { port: number; pid: number; auth: { password: string } };
    expect(info.auth).toEqual({ password: 'pw' });
    expect(() => process.kill(info.pid, 0)).not.toThrow();
    await stopSharedServers();
    expect(process.env[STANDALONE_ENV]).toBeUndefined();
    expect(() => process.kill(info.pid, 0)).toThrow();
  });
});
