// keyPrefix, live, x against node-redis: the cases of cases/key-prefix.ts on clients and clusters
// both made with the same keyPrefix (every target, protocol and type mapping, the data left behind
// compared), then what the cases can't say: WATCH, the scan iterators, configured scripts and
// functions, subscriptions, the pool, duplicate() and the options views.
import type { EventEmitter } from 'node:events';
import { createClient as createXClient, createClientPool as createXClientPool } from '@x/client';
import { createCluster as createXCluster, keySlot } from '@x/cluster';
import { defineScript as xDefineScript, RESP_TYPES } from '@x/modules';
import { done, notYet, sharedCluster, sharedServer, waitFor } from '@x/test-utils';
import { canonical } from './support/canonical';
import { describeCases } from './support/cases';
import { oracle } from './support/oracle';
import { closePairs, reset, runRaw, snapshot, TARGETS, type Target } from './support/targets';
import { keyPrefixCases, p, PREFIX } from './cases/key-prefix';

describeCases('keyPrefix', keyPrefixCases, { keyPrefix: PREFIX });

// ---- What the cases can't say: each run on node-redis and x alike, the two outcomes compared. ----

type AnyClient = Record<string, (...args: unknown[]) => unknown> & { close(): Promise<unknown>; destroy(): void };
type Side = 'x' | 'nr';
const SIDES: readonly Side[] = ['nr', 'x'];
const server = sharedServer();
const cluster = sharedCluster();
const url = `redis://127.0.0.1:${server.port}`;
const rootNodes = () => cluster.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));
const silence = () => undefined;

/** A client or cluster of `side` made with `options` (plus the url/rootNodes of `target`), connected. */
async function open(side: Side, target: Target, options: Record<string, unknown> = {}): Promise<AnyClient> {
  const made =
    target === 'client'
      ? side === 'x'
        ? createXClient({ url, ...options })
        : oracle.redis.createClient({ url, ...options })
      : side === 'x'
        ? createXCluster({ rootNodes: rootNodes(), ...options })
        : oracle.redis.createCluster({ rootNodes: rootNodes(), ...options });
  (made as unknown as EventEmitter).on('error', silence);
  await (made as unknown as { connect(): Promise<unknown> }).connect();
  return made as unknown as AnyClient;
}

/** The raw connection owning `key` on a target. */
const rawOf = (target: Target, key: string) => (target === 'client' ? server : cluster.slotOwner(keySlot(key)));

const SERVER_ERRORS = new Set(['ReplyError', 'SimpleError', 'ErrorReply', 'BlobError']);

/** The outcome of a call, as comparable data: its reply, or that it rejected (a server error by message, else by class name). */
async function settle(call: () => unknown): Promise<unknown> {
  try {
    return { ok: canonical(await call()) };
  } catch (error) {
    const name = (error as Error).constructor.name;
    return { rejected: SERVER_ERRORS.has(name) ? (error as Error).message : name };
  }
}

/** Run `scenario` on node-redis and on x (each on a fresh keyspace); both results must be equal. */
async function sameOnBoth(target: Target, scenario: (side: Side) => Promise<unknown>): Promise<unknown> {
  const results: unknown[] = [];
  for (const side of SIDES) {
    await reset(target);
    results.push(await scenario(side));
  }
  expect(results[1]).toEqual(results[0]);
  return results[0];
}

const SCRIPT = "return {KEYS[1], ARGV[1], redis.call('GET', KEYS[1])}";
const LIBRARY = ['#!lua name=kpconf', "redis.register_function('kpConfGet', function(keys, args) return {keys[1], redis.call('GET', keys[1])} end)"].join('\n');
/** A script and a function as each library defines them: one key, one argument. */
function extensions(side: Side) {
  const script = {
    SCRIPT,
    NUMBER_OF_KEYS: 1,
    parseCommand(parser: { pushKey(key: string): void; push(...args: string[]): void }, key: string, arg: string) {
      parser.pushKey(key);
      parser.push(arg);
    },
    transformReply: undefined as unknown as () => unknown,
  };
  const fn = {
    NUMBER_OF_KEYS: 1,
    parseCommand(parser: { pushKey(key: string): void }, key: string) {
      parser.pushKey(key);
    },
    transformReply: undefined as unknown as () => unknown,
  };
  const define = side === 'x' ? xDefineScript : oracle.redis.defineScript;
  return { scripts: { kpScript: (define as (s: object) => object)(script) }, functions: { kpconf: { kpConfGet: fn } } };
}

afterAll(closePairs);

describe('keyPrefix beyond one call (node-redis and x alike)', () => {
  it('WATCH guards the prefixed key: a change to it fails exec, a change to the unprefixed name does not', async () => {
    const result = await sameOnBoth('client', async (side) => {
      const client = await open(side, 'client', { keyPrefix: PREFIX });
      try {
        const outcomes: unknown[] = [];
        for (const changed of [p('{c}w'), '{c}w']) {
          await client.watch!('{c}w');
          await server.command('SET', changed, 'changed');
          const multi = (client.multi!() as AnyClient).set!('{c}w', 'mine') as AnyClient;
          outcomes.push(await settle(() => multi.exec!()));
        }
        return { outcomes, stored: await server.command('GET', p('{c}w')) };
      } finally {
        await client.close();
      }
    });
    expect(result).toMatchObject({ outcomes: [{ rejected: 'WatchError' }, { ok: expect.anything() }], stored: 'mine' });
  });

  it('the hash, set and sorted-set iterators scan the prefixed key; scanIterator yields keys as stored', async () => {
    const result = await sameOnBoth('client', async (side) => {
      await server.command('HSET', p('{c}h'), 'f', 'v');
      await server.command('SADD', p('{c}s'), 'm');
      await server.command('ZADD', p('{c}z'), '1', 'm');
      await server.command('SET', 'unprefixed', 'x');
      const client = await open(side, 'client', { keyPrefix: PREFIX });
      const all = async (iterator: AsyncIterable<unknown>) => {
        const out: unknown[] = [];
        for await (const step of iterator) out.push(...(Array.isArray(step) ? step : [step]));
        return canonical(out);
      };
      try {
        return {
          hash: await all(client.hScanIterator!('{c}h') as AsyncIterable<unknown>),
          set: await all(client.sScanIterator!('{c}s') as AsyncIterable<unknown>),
          zset: await all(client.zScanIterator!('{c}z') as AsyncIterable<unknown>),
          keys: ((await all(client.scanIterator!({ MATCH: `${PREFIX}*` }) as AsyncIterable<unknown>)) as unknown[]).map(String).sort(),
        };
      } finally {
        await client.close();
      }
    });
    expect(JSON.stringify(result)).toContain(p('{c}h'));
  });

  for (const target of TARGETS) {
    it(`configured scripts and functions get the prefix on their keys (${target}), alone and in a transaction`, async () => {
      const result = await sameOnBoth(target, async (side) => {
        await runRaw(target, [['FUNCTION', 'LOAD', 'REPLACE', LIBRARY]]);
        await rawOf(target, p('{c}k')).command('SET', p('{c}k'), 'v');
        const client = await open(side, target, { keyPrefix: PREFIX, ...extensions(side) });
        try {
          const functions = client.kpconf as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
          const multi = client.multi!() as AnyClient;
          (multi.kpScript!('{c}k', 'arg') as AnyClient);
          ((multi.kpconf as unknown as Record<string, (...args: unknown[]) => unknown>).kpConfGet!('{c}k'));
          return {
            script: await settle(() => client.kpScript!('{c}k', 'arg')),
            fn: await settle(() => functions.kpConfGet!('{c}k')),
            multi: await settle(() => multi.exec!()),
          };
        } finally {
          await client.close();
        }
      });
      // KEYS[1] as the script saw it, and the value stored under it.
      expect(result).toMatchObject({ script: { ok: [p('{c}k'), 'arg', 'v'] }, fn: { ok: [p('{c}k'), 'v'] } });
    });

    it(`subscriptions are not prefixed (${target}): a message on the channel as named arrives`, async () => {
      const result = await sameOnBoth(target, async (side) => {
        const client = await open(side, target, { keyPrefix: PREFIX });
        try {
          const received = new Promise<unknown>((resolve) => {
            void client.subscribe!('kp-channel', (message: unknown, channel: unknown) => resolve([message, channel]));
          });
          await waitFor(
            'the subscription to be seen by the server',
            async () => {
              const counts = await Promise.all((target === 'client' ? [server] : cluster.masters()).map((n) => n.command('PUBSUB', 'NUMSUB', 'kp-channel')));
              return counts.some((c) => Number((c as unknown[])[1]) > 0) ? done(true) : notYet('not subscribed yet');
            },
            { timeoutMs: 10_000 },
          );
          for (const node of target === 'client' ? [server] : cluster.masters()) await node.command('PUBLISH', 'kp-channel', 'hello');
          return await received;
        } finally {
          await client.close();
        }
      });
      expect(result).toEqual(['hello', 'kp-channel']);
    });
  }

  it('the pool prefixes its commands and multi; the client execute() lends has no prefix (as node-redis)', async () => {
    const result = await sameOnBoth('client', async (side) => {
      const pool = (side === 'x' ? createXClientPool({ url, keyPrefix: PREFIX }) : oracle.redis.createClientPool({ url, keyPrefix: PREFIX })) as unknown as AnyClient;
      (pool as unknown as EventEmitter).on('error', silence);
      await pool.connect!();
      try {
        const set = await settle(() => pool.set!('{c}k', 'v'));
        const multi = await settle(() => ((pool.multi!() as AnyClient).incr!('{c}n') as AnyClient).exec!());
        const viaExecute = await settle(() => pool.execute!((client: AnyClient) => client.get!('{c}k')));
        const mapped = await settle(() => (pool.withTypeMapping!({ [RESP_TYPES.BLOB_STRING]: Buffer }) as AnyClient).get!('{c}k'));
        return { set, multi, viaExecute, mapped, state: await snapshot('client') };
      } finally {
        await pool.close();
      }
    });
    expect(result).toMatchObject({ viaExecute: { ok: null } });
  });

  it('duplicate() keeps the prefix, or takes another one', async () => {
    const result = await sameOnBoth('client', async (side) => {
      const client = await open(side, 'client', { keyPrefix: PREFIX });
      const same = client.duplicate!() as AnyClient;
      const other = client.duplicate!({ keyPrefix: 'other:' }) as AnyClient;
      try {
        for (const c of [same, other]) {
          (c as unknown as EventEmitter).on('error', silence);
          await c.connect!();
        }
        await same.set!('{c}d', '1');
        await other.set!('{c}d', '2');
        return snapshot('client');
      } finally {
        await Promise.all([client.close(), same.close(), other.close()]);
      }
    });
    expect(JSON.stringify(result)).toContain('other:{c}d');
  });

  for (const target of TARGETS) {
    it(`the options views keep the prefix (${target})`, async () => {
      const result = await sameOnBoth(target, async (side) => {
        const client = await open(side, target, { keyPrefix: PREFIX });
        try {
          await (client.withCommandOptions!({ timeout: 2000 }) as AnyClient).set!('{c}v', 'a');
          const mapped = await (client.withTypeMapping!({ [RESP_TYPES.BLOB_STRING]: Buffer }) as AnyClient).get!('{c}v');
          return { mapped: canonical(mapped), state: await snapshot(target) };
        } finally {
          await client.close();
        }
      });
      expect(JSON.stringify(result)).toContain(p('{c}v'));
    });
  }

  it('sendCommand and legacy() send their arguments as given (no prefix), as node-redis', async () => {
    const result = await sameOnBoth('client', async (side) => {
      const client = await open(side, 'client', { keyPrefix: PREFIX });
      try {
        await client.sendCommand!(['SET', '{c}raw', '1']);
        const legacy = client.legacy!() as AnyClient;
        await new Promise<void>((resolve, reject) => legacy.set!('{c}legacy', '2', (error: Error | null) => (error ? reject(error) : resolve())));
        return snapshot('client');
      } finally {
        await client.close();
      }
    });
    expect(JSON.stringify(result)).not.toContain(PREFIX);
  });

  it('a Buffer prefix with bytes that are not UTF-8 (client and cluster)', async () => {
    const prefix = Buffer.from([0xfe, 0x3a]);
    for (const target of TARGETS) {
      const result = await sameOnBoth(target, async (side) => {
        const client = await open(side, target, { keyPrefix: prefix });
        try {
          await client.set!('{c}b', 'v');
          return { get: await settle(() => client.get!('{c}b')), raw: await rawOf(target, '{c}b').command('EXISTS', Buffer.concat([prefix, Buffer.from('{c}b')])) };
        } finally {
          await client.close();
        }
      });
      expect(result).toEqual({ get: { ok: 'v' }, raw: 1 });
    }
  });
});
