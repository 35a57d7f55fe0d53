import { EventEmitter } from 'node:events';
import * as x from '@x/cluster';
import { sharedCluster } from '@x/test-utils';
import { oracle } from './support/oracle';

// Every member of node-redis's cluster and of its cluster multi, enumerated at run time (so a member
// a new node-redis adds is missed by nobody), checked on x's: present, and of the same kind (a
// method where node-redis has a method). Prints "present/total" per object.

const rootNodes = () => sharedCluster().masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));

/**
 * Members not counted, each with its reason (kept tiny):
 * - underscore-prefixed members: node-redis's internals by its own convention (`_options`, `_slots`,
 *   `_execute`, `_masterOnly`…); code built on node-redis that reaches them is tied to its internals;
 * - `Multi`: the class node-redis attaches to its prototype for `multi()` to instantiate;
 * - `identity`: marked `@internal` in node-redis (its metrics' client identity).
 */
/** The module namespaces the `redis` package bundles (RedisBloom, JSON, Query Engine, TimeSeries): their commands are inventoried too. */
const MODULE_NAMESPACES = new Set(['bf', 'cms', 'cf', 'tDigest', 'topK', 'json', 'ft', 'ts']);
const NOT_COUNTED = new Set(['Multi', 'identity']);

/** Members other branches are adding: counted in the total, and reported as pending (not failed) while missing. */
const PENDING_ELSEWHERE: Readonly<Record<string, string>> = {
  clientSideCache: 'the client-side caching work (issue 11 §4)',
};

const EMITTER_MEMBERS = new Set(memberNames(new EventEmitter()));

function memberNames(object: object): string[] {
  const names = new Set<string>();
  for (let o: object | null = object; o !== null && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null) {
    for (const key of Reflect.ownKeys(o)) if (typeof key === 'string' && key !== 'constructor') names.add(key);
  }
  return [...names];
}

/** The kind of a member, read without calling it (a getter that throws on an unconnected object is a property). */
function kindOf(object: object, name: string): 'method' | 'property' {
  try {
    return typeof (object as Record<string, unknown>)[name] === 'function' ? 'method' : 'property';
  } catch {
    return 'property';
  }
}

interface Inventory {
  total: number;
  present: number;
  missing: string[];
  wrongKind: string[];
  pending: string[];
}

function inventory(reference: object, ours: object): Inventory {
  const oursNames = new Set(memberNames(ours));
  const counted = memberNames(reference).filter((name) => !name.startsWith('_') && !NOT_COUNTED.has(name) && !EMITTER_MEMBERS.has(name));
  const result: Inventory = { total: 0, present: 0, missing: [], wrongKind: [], pending: [] };
  for (const name of counted) {
    result.total++;
    if (!oursNames.has(name) && PENDING_ELSEWHERE[name] !== undefined) {
      result.pending.push(`${name} (${PENDING_ELSEWHERE[name]})`);
      continue;
    }
    if (!oursNames.has(name)) result.missing.push(name);
    else if (kindOf(reference, name) !== kindOf(ours, name)) result.wrongKind.push(`${name}: node-redis's is a ${kindOf(reference, name)}`);
    else result.present++;
  }
  return result;
}

function report(title: string, result: Inventory): void {
  const lines = [`${title}: ${result.present}/${result.total} node-redis members present`];
  if (result.pending.length > 0) lines.push(`  pending elsewhere: ${result.pending.join(', ')}`);
  if (result.missing.length > 0) lines.push(`  missing: ${result.missing.join(', ')}`);
  if (result.wrongKind.length > 0) lines.push(`  other kind: ${result.wrongKind.join('; ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

describe("inventory of node-redis's cluster members", () => {
  const nr = oracle.redis.createCluster({ rootNodes: rootNodes() });
  const ours = x.createCluster({ rootNodes: rootNodes() });

  it('x’s cluster has every member of node-redis’s cluster, of the same kind', () => {
    const result = inventory(nr, ours);
    report(`cluster (redis ${oracle.version})`, result);
    expect(result.total).toBeGreaterThan(800);
    expect(result.missing).toEqual([]);
    expect(result.wrongKind).toEqual([]);
  });

  it('x’s cluster multi has every member of node-redis’s cluster multi, of the same kind', () => {
    const result = inventory(nr.multi(), ours.multi());
    report(`cluster multi (redis ${oracle.version})`, result);
    expect(result.total).toBeGreaterThan(800);
    expect(result.missing).toEqual([]);
    expect(result.wrongKind).toEqual([]);
  });

  it.each([
    ['cluster', () => [nr, ours]],
    ['cluster multi', () => [nr.multi(), ours.multi()]],
  ] as Array<[string, () => [object, object]]>)("the %s's module namespaces: every command of each, of the same kind", (title, make) => {
    const [theirs, mine] = make();
    for (const namespace of MODULE_NAMESPACES) {
      const ns = (mine as Record<string, object | undefined>)[namespace];
      expect([namespace, ns === undefined ? 'missing' : 'present']).toEqual([namespace, 'present']);
      const result = inventory((theirs as Record<string, object>)[namespace]!, ns!);
      report(`${title}.${namespace}`, result);
      expect(result.missing).toEqual([]);
      expect(result.wrongKind).toEqual([]);
    }
  });

  it('the module namespaces inventoried are exactly those the `redis` package bundles', () => {
    const namespaces = memberNames(nr).filter((name) => {
      const value = (nr as unknown as Record<string, unknown>)[name];
      return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map) && !name.startsWith('_') && kindOf(nr, name) === 'property' && MODULE_NAMESPACES.has(name);
    });
    expect(namespaces.sort()).toEqual([...MODULE_NAMESPACES].sort());
  });
});

describe("node objects carry node-redis's fields", () => {
  /** Every field name of an object, own or from its prototype chain (getters included). */
  const fields = (object: object): string[] => memberNames(object).sort();

  it('masters, replicas (useReplicas), slots[i], nodeByAddress and pubSubNode', async () => {
    const nr = oracle.redis.createCluster({ rootNodes: rootNodes(), useReplicas: true }).on('error', () => undefined);
    const ours = x.createCluster({ rootNodes: rootNodes(), useReplicas: true }).on('error', () => undefined);
    await Promise.all([nr.connect(), ours.connect()]);
    try {
      const listener = (): void => undefined;
      await Promise.all([nr.subscribe('inventory', listener), ours.subscribe('inventory', listener)]);
      await Promise.all([nr.sSubscribe('inventory', listener), ours.sSubscribe('inventory', listener)]);
      const missing: string[] = [];
      const check = (what: string, theirs: object | undefined, mine: object | undefined, skip: ReadonlyArray<string> = []) => {
        if (theirs === undefined) return;
        if (mine === undefined) return void missing.push(`${what}: none`);
        const have = new Set(fields(mine));
        for (const field of fields(theirs)) if (!have.has(field) && !skip.includes(field)) missing.push(`${what}.${field}`);
      };
      const slot = x.keySlot('inventory');
      check('masters[i]', nr.masters.find((m) => m.pubSub !== undefined), ours.masters.find((m) => m.pubSub !== undefined));
      check('replicas[i]', nr.replicas[0], ours.replicas[0]);
      // `nodesIterator`: node-redis's own cursor for getSlotRandomNode(), not part of the shard's data.
      check('slots[i]', nr.slots[slot], ours.slots[slot], ['nodesIterator']);
      check('nodeByAddress', nr.nodeByAddress.get(nr.masters[0]!.address), ours.nodeByAddress.get(ours.masters[0]!.address));
      check('pubSubNode', nr.pubSubNode, ours.pubSubNode);
      check('masters[i].pubSub', nr.masters.find((m) => m.pubSub !== undefined)?.pubSub, ours.masters.find((m) => m.pubSub !== undefined)?.pubSub);
      expect(missing).toEqual([]);
      // And they work alike: the master that owns a key answers for it through its client.
      const mine = ours.slots[slot]!.master.client!;
      expect(await mine.sendCommand(['PUBSUB', 'SHARDNUMSUB', 'inventory'])).toEqual(['inventory', 2]);
    } finally {
      await Promise.all([nr.close(), ours.close()]);
    }
  });
});
