import * as xClient from '@x/client';
import * as xCluster from '@x/cluster';
import { ReplyError } from '@x/resp';
import { sharedCluster, sharedServer } from '@x/test-utils';
import * as nodeRedis from 'redis';

// Errors as node-redis users catch them: every error class node-redis exports (read at run time, so
// a class added to node-redis is a failure here until x has it) is exported by x under the same
// name, and the cases node-redis users catch them for end in that class on x too — node-redis is
// the oracle, run side by side on the same server.
const server = sharedServer();
const cluster = sharedCluster();
const url = `redis://127.0.0.1:${server.port}`;

type ErrorClass = new (...args: never[]) => Error;

interface MultiChain {
  set(key: string, value: string): MultiChain;
  lPush(key: string, value: string): MultiChain;
  incr(key: string): MultiChain;
  hGetAll(key: string): MultiChain;
  exec(): Promise<unknown>;
}
type Maker = (options: object) => { connect(): Promise<unknown> };
const MAKERS: Record<'x' | 'node-redis', Record<'client' | 'cluster', Maker>> = {
  x: { client: xClient.createClient as unknown as Maker, cluster: xCluster.createCluster as unknown as Maker },
  'node-redis': { client: nodeRedis.createClient as unknown as Maker, cluster: nodeRedis.createCluster as unknown as Maker },
};
interface MultiHost {
  set(key: string, value: string): Promise<unknown>;
  multi(): MultiChain;
  destroy(): void;
}

const nodeRedisErrors = Object.entries(nodeRedis as unknown as Record<string, unknown>)
  .filter((entry): entry is [string, ErrorClass] => typeof entry[1] === 'function' && (entry[1] as ErrorClass).prototype instanceof Error)
  .map(([name]) => name)
  .sort();

it('node-redis exports error classes (the list is read at run time)', () => {
  expect(nodeRedisErrors).toContain('ErrorReply');
  expect(nodeRedisErrors.length).toBeGreaterThanOrEqual(28);
});

describe.each([
  ['@x/client', xClient as unknown as Record<string, unknown>],
  ['@x/cluster', xCluster as unknown as Record<string, unknown>],
])('%s exports every one of them under node-redis\'s name', (_package, exports) => {
  it.each(nodeRedisErrors.filter((name) => _package === '@x/cluster' || !['RootNodesUnavailableError', 'MaxCommandRedirectionsError'].includes(name)))('%s', (name) => {
    const value = exports[name] as ErrorClass | undefined;
    expect(typeof value).toBe('function');
    expect(value!.prototype).toBeInstanceOf(Error);
  });
});

describe('the meanings node-redis users catch them for', () => {
  it('a server error reply is an ErrorReply (SimpleError), and MultiErrorReply is one too', async () => {
    const ours = await xClient.createClient({ url }).connect();
    const theirs = await nodeRedis.createClient({ url }).connect();
    try {
      await ours.set('conformance:errors:str', 'x');
      const [x, n] = await Promise.all([ours.lPush('conformance:errors:str', 'y').catch((e: unknown) => e), theirs.lPush('conformance:errors:str', 'y').catch((e: unknown) => e)]);
      expect(n).toBeInstanceOf(nodeRedis.ErrorReply);
      expect(x).toBeInstanceOf(xClient.ErrorReply);
      expect(x).toBeInstanceOf(xClient.SimpleError);
      expect(x).toBeInstanceOf(ReplyError);
      expect((x as Error).message).toBe((n as Error).message);
      const multi = await ours.multi().lPush('conformance:errors:str', 'y').get('conformance:errors:str').exec().catch((e: unknown) => e);
      expect(multi).toBeInstanceOf(xClient.MultiErrorReply);
      expect(multi).toBeInstanceOf(xClient.ErrorReply);
    } finally {
      ours.destroy();
      theirs.destroy();
    }
  });

  it.each([
    ['a client', 3, 'client'],
    ['a client', 2, 'client'],
    ['a cluster', 3, 'cluster'],
    ['a cluster', 2, 'cluster'],
  ] as const)('multi().exec() with an error reply: MultiErrorReply with the same replies, errorIndexes and errors() (%s, RESP%i)', async (_title, RESP, target) => {
    const rootNodes = () => cluster.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));
    const open = async (side: 'x' | 'node-redis') => {
      const make = MAKERS[side][target];
      return (await make(target === 'client' ? { url, RESP } : { rootNodes: rootNodes(), RESP }).connect()) as MultiHost;
    };
    const seen: Record<string, unknown> = {};
    for (const side of ['node-redis', 'x'] as const) {
      const client = await open(side);
      try {
        const key = `{cf:errors:multi}:${side}:${target}:${RESP}`;
        await client.set(key, 'text');
        const error = await client.multi().set(`${key}:n`, '1').lPush(key, 'y').incr(`${key}:n`).hGetAll(key).exec().catch((e: unknown) => e);
        const Multi = side === 'x' ? xClient.MultiErrorReply : nodeRedis.MultiErrorReply;
        const Reply = side === 'x' ? xClient.ErrorReply : nodeRedis.ErrorReply;
        expect(error).toBeInstanceOf(Multi);
        const multi = error as xClient.MultiErrorReply;
        const shape = (value: unknown) => (value instanceof Reply ? { error: (value as Error).message } : value);
        seen[side] = {
          message: multi.message,
          errorIndexes: multi.errorIndexes,
          replies: multi.replies.map(shape),
          errors: [...multi.errors()].map(shape),
        };
      } finally {
        client.destroy();
      }
    }
    expect(seen.x).toEqual(seen['node-redis']);
    expect((seen.x as { errorIndexes: number[] }).errorIndexes).toEqual([1, 3]);
  });

  it('destroy() (and disconnect()) reject the commands still pending with DisconnectsClientError', async () => {
    for (const end of ['destroy', 'disconnect'] as const) {
      const ours = await xClient.createClient({ url }).connect();
      const theirs = await nodeRedis.createClient({ url }).connect();
      const x = ours.sendCommand(['BLPOP', `conformance:errors:empty:${end}`, '0']).catch((e: unknown) => e);
      const n = theirs.sendCommand(['BLPOP', `conformance:errors:empty:${end}`, '0']).catch((e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 50)); // both written (a timer: nothing to wait for on a blocked command)
      if (end === 'destroy') {
        ours.destroy();
        theirs.destroy();
      } else {
        await ours.disconnect();
        await theirs.disconnect();
      }
      expect(await n).toBeInstanceOf(nodeRedis.DisconnectsClientError);
      const error = await x;
      expect(error).toBeInstanceOf(xClient.DisconnectsClientError);
      expect(error).toBeInstanceOf(xClient.ClientClosedError);
      expect((error as xClient.DisconnectsClientError).sent).toBe(true);
    }
  });

  it('a command after close() is a ClientClosedError; quit() leaves isOpen false at once', async () => {
    const ours = await xClient.createClient({ url }).connect();
    const theirs = await nodeRedis.createClient({ url }).connect();
    const quitting = [ours.quit(), theirs.quit()];
    expect(ours.isOpen).toBe(theirs.isOpen);
    expect(ours.isOpen).toBe(false);
    await Promise.all(quitting);
    await expect(theirs.get('k')).rejects.toBeInstanceOf(nodeRedis.ClientClosedError);
    await expect(ours.get('k')).rejects.toBeInstanceOf(xClient.ClientClosedError);
  });

  it('a reconnect strategy that gives up with an Error: ReconnectStrategyError (originalError, socketError)', async () => {
    const given = new Error('enough');
    const ours = xClient.createClient({ url, socket: { reconnectStrategy: () => given } });
    const errors: Error[] = [];
    ours.on('error', (e) => errors.push(e));
    await ours.connect();
    const ended = new Promise<void>((resolve) => ours.once('end', () => resolve()));
    await server.command('CLIENT', 'KILL', 'ID', String(await ours.clientId()));
    await ended;
    const strategyError = errors.find((e) => e instanceof xClient.ReconnectStrategyError) as xClient.ReconnectStrategyError | undefined;
    expect(strategyError).toBeDefined();
    expect(strategyError!.originalError).toBe(given);
    expect(strategyError!.socketError).toBeInstanceOf(Error);
    expect(ours.isOpen).toBe(false);
  });

  it('no root node reachable: RootNodesUnavailableError (x: ClusterConnectError, the same class)', async () => {
    const rootNodes = [{ url: 'redis://127.0.0.1:1' }];
    // (node-redis emits each root node's failure as an 'error' first: without a listener, that throws instead.)
    const n = await nodeRedis.createCluster({ rootNodes }).on('error', () => undefined).connect().catch((e: unknown) => e);
    const x = await xCluster.createCluster({ rootNodes }).on('error', () => undefined).connect().catch((e: unknown) => e);
    expect(n).toBeInstanceOf(nodeRedis.RootNodesUnavailableError);
    expect(x).toBeInstanceOf(xCluster.RootNodesUnavailableError);
    expect(x).toBeInstanceOf(xCluster.ClusterConnectError);
  });

  it('timeouts: TimeoutError (TimeoutReadError once sent), aborts: AbortError', async () => {
    const ours = await xClient.createClient({ url }).connect();
    try {
      const timedOut = await ours.sendCommand(['BLPOP', 'conformance:errors:never', '0'], { timeout: 50 }).catch((e: unknown) => e);
      expect(timedOut).toBeInstanceOf(xClient.TimeoutError);
      expect(timedOut).toBeInstanceOf(xClient.TimeoutReadError);
      const controller = new AbortController();
      controller.abort();
      const aborted = await ours.withAbortSignal(controller.signal).get('k').catch((e: unknown) => e);
      expect(aborted).toBeInstanceOf(xClient.AbortError);
      expect(aborted).not.toBeInstanceOf(xClient.AbortReadError);
    } finally {
      ours.destroy();
    }
  });
});
