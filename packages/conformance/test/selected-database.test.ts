import * as xClient from '@x/client';
import { done, notYet, sharedServer, waitFor } from '@x/test-utils';
import * as nodeRedis from 'redis';

// The database chosen with select() and multi().select() survives a reconnect — node-redis's and
// x's side by side, in RESP3 and RESP2 (x used to fall back to the configured database).
const server = sharedServer();
jest.setTimeout(30_000);

type Make = (options: object) => { connect(): Promise<unknown> };
const SIDES = [
  ['node-redis', nodeRedis.createClient as unknown as Make],
  ['x', xClient.createClient as unknown as Make],
] as const;

interface Client {
  select(db: number): Promise<unknown>;
  multi(): { select(db: number): { exec(): Promise<unknown> } };
  sendCommand(args: string[]): Promise<unknown>;
  on(event: 'error', listener: () => void): unknown;
  destroy(): void;
}

async function databaseAfterReconnect(make: Make, RESP: 2 | 3, choose: (c: Client) => Promise<unknown>): Promise<unknown> {
  const client = (await make({ socket: { host: server.host, port: server.port }, RESP, maintNotifications: 'disabled' }).connect()) as Client;
  const admin = (await make({ socket: { host: server.host, port: server.port }, maintNotifications: 'disabled' }).connect()) as Client;
  client.on('error', () => undefined); // the kill below is reported; the client reconnects
  try {
    await choose(client);
    const id = String(await client.sendCommand(['CLIENT', 'ID']));
    await admin.sendCommand(['CLIENT', 'KILL', 'ID', id]);
    // The next command goes out on the new connection (offline queue): its id differs.
    await waitFor('a new connection', async () => (String(await client.sendCommand(['CLIENT', 'ID'])) !== id ? done(undefined) : notYet('same connection')), { timeoutMs: 10_000 });
    const info = String(await client.sendCommand(['CLIENT', 'INFO']));
    return { reconnected: String(await client.sendCommand(['CLIENT', 'ID'])) !== id, db: / db=(\d+) /.exec(info)?.[1] };
  } finally {
    client.destroy();
    admin.destroy();
  }
}

describe.each([3, 2] as const)('RESP%i', (RESP) => {
  it.each([
    ['select(n)', '3', (c: Client) => c.select(3)],
    ['multi().select(n)', '4', (c: Client) => c.multi().select(4).exec()],
  ])('%s: the database survives a reconnect, as node-redis', async (_name, db, choose) => {
    const seen: Record<string, unknown> = {};
    for (const [side, make] of SIDES) seen[side] = await databaseAfterReconnect(make, RESP, choose);
    expect(seen['x']).toEqual(seen['node-redis']);
    expect(seen['x']).toEqual({ reconnected: true, db });
  });
});
