import * as nodeRedis from 'redis';
import * as x from '@x/cluster';
import { sharedServer } from '@x/test-utils';
import { normalise, type Side } from './support/error-kinds';

// client.legacy() — node-redis's v3 callback interface — on x and on node-redis, on the shared
// standalone server: the same calls, and what each callback got compared. node-redis's cluster has
// no legacy mode, so neither has x's.

const server = sharedServer();

type Callback = (err: Error | null, reply?: unknown) => void;
type LegacyMulti = Record<string, (...args: unknown[]) => LegacyMulti> & { exec(cb?: Callback): void };
type Legacy = Record<string, (...args: unknown[]) => void> & { multi(): LegacyMulti; sendCommand(...args: unknown[]): void; quit(cb?: Callback): void };
interface Client {
  connect(): Promise<unknown>;
  legacy(): Legacy;
  destroy(): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
  readonly isOpen: boolean;
}

const SIDES: Side[] = ['node-redis', 'x'];
const clients: Client[] = [];
let round = 0;

async function connect(side: Side, RESP: 2 | 3): Promise<Client> {
  const options = { RESP, socket: { host: server.host, port: server.port } };
  const client = (side === 'x' ? x.createClient(options) : nodeRedis.createClient(options)) as unknown as Client;
  clients.push(client);
  await client.connect();
  return client;
}

afterEach(() => {
  for (const client of clients.splice(0)) {
    try {
      client.destroy();
    } catch {
      // closed already
    }
  }
});

/** What a callback got: its error (kind and message) or its reply, keys written `<k>`. */
function called(side: Side, prefix: string | undefined, invoke: (cb: Callback) => void): Promise<unknown> {
  return new Promise((resolve) =>
    invoke((err, reply) => resolve(err === null ? { reply: normalise(side, reply, prefix) } : { error: normalise(side, err, prefix) })),
  );
}

type Scenario = (legacy: Legacy, k: (name: string) => string, cb: (invoke: (cb: Callback) => void) => Promise<unknown>) => Promise<unknown>;

const scenarios: Array<[string, Scenario]> = [
  ['set / get with callbacks (both spellings)', async (legacy, k, cb) => [
    await cb((c) => legacy['set']!(k('a'), 'v', c)),
    await cb((c) => legacy['get']!(k('a'), c)),
    await cb((c) => legacy['GET']!(k('a'), c)),
  ]],
  ['flattened arguments: nested arrays, numbers', async (legacy, k, cb) => [
    await cb((c) => legacy['hSet']!(k('h'), ['a', 1, ['b', 2.5]], 'c', 3, c)),
    await cb((c) => legacy['sendCommand']!('HMGET', k('h'), ['a', 'b'], 'c', c)),
  ]],
  ['hGetAll: an object (the one transformed reply)', async (legacy, k, cb) => [
    await cb((c) => legacy['hSet']!(k('o'), 'f', '1', c)),
    await cb((c) => legacy['hGetAll']!(k('o'), c)),
    await cb((c) => legacy['HGETALL']!(k('none'), c)),
  ]],
  ['other replies raw: ZRANGE WITHSCORES, ZSCORE', async (legacy, k, cb) => [
    await cb((c) => legacy['zAdd']!(k('z'), 1, 'a', 2, 'b', c)),
    await cb((c) => legacy['zRange']!(k('z'), 0, -1, 'WITHSCORES', c)),
    await cb((c) => legacy['sendCommand']!('ZSCORE', k('z'), 'b', c)),
  ]],
  ['an error reply', async (legacy, k, cb) => [
    await cb((c) => legacy['set']!(k('s'), 'v', c)),
    await cb((c) => legacy['lPush']!(k('s'), 'x', c)),
  ]],
  ['a method named after a subcommand sends its own name (as node-redis does)', async (legacy, _k, cb) => [await cb((c) => legacy['configGet']!('maxmemory', c))]],
  ['multi: exec(callback)', async (legacy, k, cb) => [
    await cb((c) => legacy.multi()['set']!(k('m'), 1)['incrBy']!(k('m'), 2)['sendCommand']!('GET', k('m'))['hGetAll']!(k('none')).exec(c)),
  ]],
  ['multi: a failing command (MultiErrorReply)', async (legacy, k, cb) => {
    await cb((c) => legacy['set']!(k('me'), 'v', c));
    return cb((c) => legacy.multi()['lPush']!(k('me'), 'x')['incr']!(k('me:n')).exec(c));
  }],
  ['multi: an empty transaction', async (legacy, _k, cb) => cb((c) => legacy.multi().exec(c))],
];

function memberNames(object: object): Set<string> {
  const names = new Set<string>();
  for (let o: object | null = object; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const name of Object.getOwnPropertyNames(o)) names.add(name);
  }
  return names;
}

describe('members', () => {
  it("x's legacy client and multi have every method node-redis's have (the commands: every one x's client has)", async () => {
    const nodeLegacy = (await connect('node-redis', 3)).legacy();
    const xClient = await connect('x', 3);
    const xLegacy = xClient.legacy();
    const xClientMembers = memberNames(xClient);
    for (const [nodeObject, xObject] of [
      [nodeLegacy, xLegacy],
      [nodeLegacy.multi(), xLegacy.multi()],
    ] as const) {
      const xMembers = memberNames(xObject);
      const missing = [...memberNames(nodeObject)].filter((name) => name !== 'constructor' && !xMembers.has(name));
      // A command x's client lacks is the client's gap (issue 12), not legacy mode's.
      expect(missing.filter((name) => xClientMembers.has(name) || ['sendCommand', 'quit', 'multi', 'exec'].includes(name))).toEqual([]);
    }
  });
});

describe.each([3, 2] as const)('RESP%i', (RESP) => {
  it.each(scenarios)('%s', async (_name, scenario) => {
    const results = {} as Record<Side, unknown>;
    round++;
    for (const side of SIDES) {
      const prefix = `cf:legacy:${side}:${RESP}:${round}:`;
      const legacy = (await connect(side, RESP)).legacy();
      results[side] = await scenario(legacy, (name) => prefix + name, (invoke) => called(side, prefix, invoke));
    }
    expect(results.x).toEqual(results['node-redis']);
  });
});

describe('without a callback', () => {
  it("an error is an 'error' event of the client, of the same kind and message", async () => {
    const events = {} as Record<Side, unknown>;
    round++;
    for (const side of SIDES) {
      const prefix = `cf:legacy:${side}:${round}:`;
      await server.command('SET', `${prefix}s`, 'v');
      const client = await connect(side, 3);
      const event = new Promise<Error>((resolve) => client.once('error', resolve));
      client.legacy()['lPush']!(`${prefix}s`, 'x');
      events[side] = normalise(side, await event, prefix);
    }
    expect(events.x).toEqual(events['node-redis']);
    expect(events.x).toMatchObject({ error: 'ErrorReply' });
  });
});

describe('quit', () => {
  it('closes the client; the callback gets OK', async () => {
    const results = {} as Record<Side, unknown>;
    for (const side of SIDES) {
      const client = await connect(side, 3);
      results[side] = [await called(side, undefined, (c) => client.legacy().quit(c)), client.isOpen];
    }
    expect(results.x).toEqual(results['node-redis']);
    expect(results.x).toEqual([{ reply: 'OK' }, false]);
  });
});

describe('the cluster', () => {
  it('has no legacy mode, as node-redis\'s has none', () => {
    const nodeCluster = nodeRedis.createCluster({ rootNodes: [{ socket: { host: server.host, port: server.port } }] }) as unknown as Record<string, unknown>;
    const xCluster = x.createCluster({ rootNodes: [{ socket: { host: server.host, port: server.port } }] }) as unknown as Record<string, unknown>;
    expect(typeof nodeCluster['legacy']).toBe('undefined');
    expect(typeof xCluster['legacy']).toBe('undefined');
  });
});
