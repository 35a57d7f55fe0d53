import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as xClient from '@x/client';
import { startRedisServer, type RedisServer } from '@x/test-utils';
import * as nodeRedis from 'redis';

// node-redis's unix:// URL on a real server listening on a unix socket: both clients connect
// through it, with the URL's password and database.
let server: RedisServer;
let dir: string;
let socketPath: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'x-unix-'));
  socketPath = path.join(dir, 'redis.sock');
  server = await startRedisServer({ password: 'unix-secret', config: { unixsocket: socketPath, unixsocketperm: 700 } });
});

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("url: 'unix://:password@/path?db=N' connects through the socket, authenticated, on that database — as node-redis", async () => {
  const url = `unix://:unix-secret@${socketPath}?db=3`;
  const seen: Record<string, unknown> = {};
  for (const [side, make] of [
    ['node-redis', nodeRedis.createClient as unknown as (o: object) => { connect(): Promise<unknown> }],
    ['x', xClient.createClient as unknown as (o: object) => { connect(): Promise<unknown> }],
  ] as const) {
    // node-redis 6.4.0 fails its handshake on a unix socket unless maintenance notifications are off
    // (it builds a URL from the socket's address); x accepts the same setting ('disabled' is what it does).
    const client = (await make({ url, maintNotifications: 'disabled' }).connect()) as { sendCommand(args: string[]): Promise<unknown>; destroy(): void };
    try {
      const info = String(await client.sendCommand(['CLIENT', 'INFO']));
      // A unix socket client's address is the socket path (`addr=/…:0`).
      seen[side] = [/ db=(\d+) /.exec(info)?.[1], info.includes(`addr=${socketPath}`) || / addr=\/[^ ]+ /.test(info), / user=(\S+)/.exec(info)?.[1]];
    } finally {
      client.destroy();
    }
  }
  expect(seen['x']).toEqual(seen['node-redis']);
  expect(seen['x']).toEqual(['3', true, 'default']);
});
