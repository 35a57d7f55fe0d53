import { startRedisServer, type RedisServer } from '@x/test-utils';
import { createClient, type RedisClientType } from '../src';

// A bad argument is refused when the command is issued: that call alone rejects with a TypeError
// naming the argument. Before, the check ran in the deferred flush: an uncaught exception that ended
// the process, or — with a handler — left the commands of the same tick unwritten, "timed out",
// and then written and run seconds later.
let server: RedisServer;
let client: RedisClientType;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

beforeAll(async () => {
  server = await startRedisServer();
  client = await createClient({ socket: { host: server.host, port: server.port } }).connect();
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
  client?.destroy();
  await server?.stop();
});

/** Two turns of the event loop: long enough for a flush, and for an unhandled rejection to be reported. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

const bad: Array<[string, (c: RedisClientType) => Promise<unknown>, RegExp]> = [
  ["set('k', undefined)", (c) => c.set('args:k', undefined as unknown as string), /argument 2 of SET: undefined/],
  ["set('k', null)", (c) => c.set('args:k', null as unknown as string), /argument 2 of SET: null/],
  ["set('k', {})", (c) => c.set('args:k', {} as unknown as string), /argument 2 of SET: an object/],
  ["set('k', Symbol())", (c) => c.set('args:k', Symbol('s') as unknown as string), /argument 2 of SET: a Symbol/],
  ["set(undefined, 'v')", (c) => c.set(undefined as unknown as string, 'v'), /argument 1 of SET: undefined/],
  ["hSet(h, { a: undefined })", (c) => c.hSet('args:h', { a: undefined as unknown as string }), /HSET: the value of field "a" is undefined/],
  ['sendCommand([null, undefined])', (c) => c.sendCommand([null, undefined] as unknown as string[]), /argument 0: null/],
  ['sendCommand([])', (c) => c.sendCommand([]), /argument list is empty/],
];

describe('a bad argument rejects that call alone, with a TypeError naming the argument', () => {
  it.each(bad)('%s', async (_name, call, message) => {
    const before = client.set('args:before', '1');
    const failing = call(client);
    const after = client.get('args:before');
    await expect(failing).rejects.toThrow(TypeError);
    await expect(failing).rejects.toThrow(message);
    // Issued in the same tick, before and after it: written and answered as if nothing happened.
    expect(await before).toBe('OK');
    expect(await after).toBe('1');
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('in a transaction or pipeline: the queueing method throws at once, nothing is sent', async () => {
    expect(() => client.multi().set('args:m', undefined as unknown as string)).toThrow(/argument 2 of SET: undefined/);
    expect(() => client.multi().addCommand(['SET', 'args:m', null as unknown as string])).toThrow(TypeError);
    expect(await client.multi().set('args:m', 'ok').exec()).toEqual(['OK']);
  });

  it('on an options view, with a timeout: still the TypeError, never a timeout later', async () => {
    const view = client.withCommandOptions({ timeout: 50 });
    await expect(view.set('args:v', undefined as unknown as string)).rejects.toThrow(TypeError);
    expect(await view.get('args:before')).toBe('1');
  });

  it('nothing was ever written or run for a refused call', async () => {
    const calls = async (): Promise<number> => {
      const line = (await server.info('commandstats'))['cmdstat_set'];
      return line === undefined ? 0 : Number(/calls=(\d+)/.exec(line)![1]);
    };
    const before = await calls();
    await client.set('args:k', undefined as unknown as string).catch(() => undefined);
    await client.set('args:k', 'ok');
    expect(await calls()).toBe(before + 1);
  });
});
