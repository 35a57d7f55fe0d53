// The eight clients a differential case runs on — node-redis and x, each as a client of the shared
// standalone server and as a cluster client of the shared 3+3 cluster, each in RESP2 and RESP3 — and
// the raw connections (test-utils, no client under test) that empty the keyspace, load a case's data
// and read the state back.
// `redis`'s drop-in is @x/cluster: its createClient adds the bundled module namespaces, as `redis`'s does.
import { createClient as createXClient, createCluster as createXCluster, keySlot } from '@x/cluster';
import { sharedCluster, sharedServer } from '@x/test-utils';
import { oracle } from './oracle';

export type Target = 'client' | 'cluster';
export type Resp = 2 | 3;
export const TARGETS: readonly Target[] = ['client', 'cluster'];
export const PROTOCOLS: readonly Resp[] = [3, 2];

/** What the harness calls methods on: a client, a cluster, or one of their options views. */
export type Callable = Record<string, unknown> & {
  withTypeMapping(mapping: object): Callable;
  close(): Promise<unknown>;
};

export interface Pair {
  x: Callable;
  nr: Callable;
}

const server = sharedServer();
const cluster = sharedCluster();
const standaloneUrl = `redis://127.0.0.1:${server.port}`;
const rootNodes = () => cluster.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));

const pairs = new Map<string, Promise<Pair>>();

/**
 * The node-redis and x clients for a target and protocol (connected once per test file); with
 * `keyPrefix`, both made with that `keyPrefix` option.
 */
export function pairFor(target: Target, resp: Resp, keyPrefix?: string): Promise<Pair> {
  const key = `${target}/${resp}/${keyPrefix ?? ''}`;
  let pair = pairs.get(key);
  if (pair === undefined) {
    pair = connectPair(target, resp, keyPrefix);
    pairs.set(key, pair);
  }
  return pair;
}

async function connectPair(target: Target, resp: Resp, keyPrefix: string | undefined): Promise<Pair> {
  const { redis } = oracle;
  const silence = () => undefined;
  if (target === 'client') {
    const nr = redis.createClient({ url: standaloneUrl, RESP: resp, keyPrefix }).on('error', silence);
    const x = createXClient({ url: standaloneUrl, RESP: resp, keyPrefix }).on('error', silence);
    await Promise.all([nr.connect(), x.connect()]);
    return { nr: nr as unknown as Callable, x: x as unknown as Callable };
  }
  const nr = redis.createCluster({ rootNodes: rootNodes(), RESP: resp, keyPrefix }).on('error', silence);
  const x = createXCluster({ rootNodes: rootNodes(), RESP: resp, keyPrefix }).on('error', silence);
  await Promise.all([nr.connect(), x.connect()]);
  return { nr: nr as unknown as Callable, x: x as unknown as Callable };
}

/** Close every client this file opened. */
export async function closePairs(): Promise<void> {
  const all = await Promise.all(pairs.values());
  pairs.clear();
  await Promise.all(all.flatMap(({ x, nr }) => [x.close().catch(() => undefined), nr.close().catch(() => undefined)]));
}

type RawNode = { command(...args: string[]): Promise<unknown> };

/** The raw connection that owns `key` on a target (the slot owner on the cluster). */
function rawFor(target: Target, key: string | undefined): RawNode {
  if (target === 'client') return server;
  if (key === undefined) return cluster.masters()[0]!;
  return cluster.slotOwner(keySlot(key));
}

function rawNodes(target: Target): RawNode[] {
  return target === 'client' ? [server] : cluster.masters();
}

/** Every node of a target: the server, or every master and replica of the cluster. */
function everyNode(target: Target): RawNode[] {
  return target === 'client' ? [server] : [...cluster.masters(), ...cluster.replicas()];
}

/**
 * Run raw commands on every node of a target (state outside the keyspace that a cluster keeps per
 * node: ACL users, config, client names), each node in turn.
 */
export async function runRawEverywhere(target: Target, commands: ReadonlyArray<ReadonlyArray<string>>): Promise<void> {
  for (const node of everyNode(target)) {
    for (const command of commands) await node.command(...command);
  }
}

/** Empty the keyspace, the script cache and the function libraries of a target (FLUSHALL keeps the last two). */
export async function reset(target: Target): Promise<void> {
  await Promise.all(
    rawNodes(target).map(async (node) => {
      await node.command('FLUSHALL');
      await node.command('FUNCTION', 'FLUSH');
      await node.command('SCRIPT', 'FLUSH');
    }),
  );
}

// Raw commands that take no key and change or read a node's own state (its script cache, its function
// libraries): sent to every master, as a cluster client sends SCRIPT LOAD or FUNCTION LOAD, so a later
// EVALSHA or FCALL finds them whichever node the key lives on.
const EVERY_MASTER = new Set(['FUNCTION', 'SCRIPT']);

/**
 * Run raw setup commands; each is routed by its first argument with a hash tag (`{c}s`), else by its
 * first argument after the command name — so `XGROUP CREATE {c}s …` and `XREADGROUP GROUP g c
 * STREAMS {c}s >` reach their key's node. A `FUNCTION …` or `SCRIPT …` command goes to every master,
 * and its reply is the list of theirs.
 */
export async function runRaw(target: Target, commands: ReadonlyArray<ReadonlyArray<string>>): Promise<unknown[]> {
  const replies: unknown[] = [];
  for (const command of commands) {
    if (EVERY_MASTER.has(command[0]!.toUpperCase())) {
      replies.push(await Promise.all(rawNodes(target).map((node) => node.command(...command))));
      continue;
    }
    const tagged = command.slice(1).find((arg) => /\{[^}]+\}/.test(arg));
    replies.push(await rawFor(target, tagged ?? command[1]).command(...command));
  }
  return replies;
}

/**
 * The whole keyspace of a target as data: every key (sorted) with its type, whether it expires, and
 * its contents (members of sets sorted; stream entries without their generated ids). Two runs that
 * wrote the same data have equal snapshots, whatever the replies said.
 */
export async function snapshot(target: Target): Promise<unknown> {
  const out: Array<[string, unknown]> = [];
  for (const node of rawNodes(target)) {
    const keys = ((await node.command('KEYS', '*')) as string[]).sort();
    for (const key of keys) out.push([key, await describeKey(node, key)]);
  }
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

async function describeKey(node: RawNode, key: string): Promise<unknown> {
  const type = (await node.command('TYPE', key)) as string;
  const expires = ((await node.command('PTTL', key)) as number) > 0;
  let contents: unknown;
  switch (type) {
    case 'string':
      contents = await node.command('GET', key);
      break;
    case 'list':
      contents = await node.command('LRANGE', key, '0', '-1');
      break;
    case 'set':
      contents = ((await node.command('SMEMBERS', key)) as string[]).sort();
      break;
    case 'zset':
      contents = await node.command('ZRANGE', key, '0', '-1', 'WITHSCORES');
      break;
    case 'hash': {
      const flat = (await node.command('HGETALL', key)) as string[];
      const pairs: Array<[string, string]> = [];
      for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i]!, flat[i + 1]!]);
      contents = pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      break;
    }
    case 'stream': {
      const entries = (await node.command('XRANGE', key, '-', '+')) as Array<[string, string[]]>;
      contents = entries.map(([, fields]) => fields);
      break;
    }
    default:
      contents = await node.command('DUMP', key).catch(() => null);
  }
  return { type, expires, contents };
}
