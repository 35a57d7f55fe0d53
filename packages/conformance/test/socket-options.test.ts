import * as xClient from '@x/client';
import { getFreePort, releasePort, sharedServer } from '@x/test-utils';
import * as nodeRedis from 'redis';

// node's net.connect options given in `socket` (node-redis passes them to the socket): the server
// sees where each client connects from, x's and node-redis's side by side.
const server = sharedServer();

type Make = (options: object) => { connect(): Promise<unknown> };
const SIDES = [
  ['node-redis', nodeRedis.createClient as unknown as Make],
  ['x', xClient.createClient as unknown as Make],
] as const;
interface Client {
  sendCommand(args: string[]): Promise<unknown>;
  destroy(): void;
}

async function addressSeenBy(make: Make, socket: object): Promise<string | undefined> {
  // node-redis 6.4.0 looks the host up once more for its maintenance notifications, past `lookup`:
  // off here ('disabled', which x accepts: it never subscribes to them).
  const client = (await make({ socket: { host: server.host, port: server.port, ...socket }, maintNotifications: 'disabled' }).connect()) as Client;
  try {
    return / addr=(\S+) /.exec(String(await client.sendCommand(['CLIENT', 'INFO'])))?.[1];
  } finally {
    client.destroy();
  }
}

it('socket.localAddress and socket.localPort: the connection comes from there', async () => {
  const seen: Record<string, unknown> = {};
  for (const [side, make] of SIDES) {
    const localPort = await getFreePort();
    try {
      seen[side] = (await addressSeenBy(make, { localAddress: '127.0.0.1', localPort })) === `127.0.0.1:${localPort}`;
    } finally {
      releasePort(localPort);
    }
  }
  expect(seen).toEqual({ 'node-redis': true, x: true });
});

it('socket.lookup resolves the host name, with socket.family', async () => {
  const seen: Record<string, unknown> = {};
  for (const [side, make] of SIDES) {
    const asked: string[] = [];
    const lookup = (hostname: string, options: object, callback: (...args: unknown[]) => void): void => {
      asked.push(hostname);
      const all = (options as { all?: boolean }).all === true;
      if (all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
      else callback(null, '127.0.0.1', 4);
    };
    const address = await addressSeenBy(make, { host: 'redis.invalid', lookup, family: 4 });
    seen[side] = [asked.includes('redis.invalid'), address?.startsWith('127.0.0.1:')];
  }
  expect(seen['x']).toEqual(seen['node-redis']);
  expect(seen['x']).toEqual([true, true]);
});
