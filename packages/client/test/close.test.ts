import { startRedisServer } from '@x/test-utils';
import { createClient, TimeoutError } from '../src';

// A graceful close waits for the replies of live commands, never for a frozen server forever.
it('close() does not wait for replies a timed-out command still owes (a frozen server)', async () => {
  const own = await startRedisServer();
  try {
    const c = await createClient({ socket: { host: own.host, port: own.port }, commandOptions: { timeout: 100 } }).connect();
    await own.pause();
    await expect(c.sendCommand(['PING'])).rejects.toBeInstanceOf(TimeoutError);
    // Only a tombstone is left: close() must finish without the frozen server's reply.
    await c.close();
    expect(c.isOpen).toBe(false);
  } finally {
    await own.resume();
    await own.stop();
  }
});

it('close() with a live command on a frozen server finishes when that command times out', async () => {
  const own = await startRedisServer();
  try {
    const c = await createClient({ socket: { host: own.host, port: own.port } }).connect();
    await own.pause();
    const pending = c.sendCommand(['PING'], { timeout: 150 }).catch((e: unknown) => e);
    await new Promise((r) => setImmediate(r));
    await c.close();
    expect(await pending).toBeInstanceOf(TimeoutError);
  } finally {
    await own.resume();
    await own.stop();
  }
});
