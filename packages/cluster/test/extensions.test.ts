import { ft, type SearchReply } from '@x/search';
import { redisearchModule, startCluster, waitFor, done, notYet, type ClusterNode, type RedisCluster as TestCluster } from '@x/test-utils';
import {
  createCluster,
  CrossSlotError,
  defineScript,
  DefinitionNameConflictError,
  InvalidDefinitionError,
  InvalidOptionError,
  keySlot,
  NumberOfKeysError,
  type CommandParser,
  type RedisClusterOptions,
  type RedisScript,
} from '../src';

// Extensions on a real 3-master, 3-replica cluster with RediSearch 1.2 loaded: the issue's example
// verbatim, scripts (EVALSHA → NOSCRIPT → EVAL on the node that answered, on every master, after
// SCRIPT FLUSH), read-only scripts and functions on replicas, the @x/search module package (another
// workspace package), multi(), and definition errors at createCluster time. What ran where is read
// from each node's INFO commandstats, through the harness (never through the client under test).
jest.setTimeout(120_000);

let servers: TestCluster;
let rootNodes: Array<{ url: string }>;

// The library the issue's `functions.mylib.square` calls: no-writes, so FCALL_RO may run it on a replica.
const MYLIB = `#!lua name=mylib
redis.register_function{function_name='square', callback=function(keys, args)
  local v = tonumber(redis.call('GET', keys[1])) or 0
  return v * v
end, flags={'no-writes'}}`;

beforeAll(async () => {
  // A replication ping every second, so Redis 7.0 soon reports the replicas online (it calls a
  // replica "loading" while its replication offset is 0).
  servers = await startCluster({ masters: 3, replicas: 1, loadModules: [redisearchModule()], config: { 'repl-ping-replica-period': 1 } });
  const first = servers.masters()[0]!;
  await waitFor('replicas reported online', async () => {
    const shards = JSON.stringify(await first.command('CLUSTER', 'SHARDS'));
    return shards.includes('"loading"') ? notYet('a replica is loading') : done(true);
  }, { timeoutMs: 30_000, intervalMs: 200 });
  rootNodes = [{ url: `redis://127.0.0.1:${servers.nodes[0]!.port}` }];
});

afterAll(async () => {
  await servers?.stop();
});

/** `calls` and `failed_calls` of one command in a node's INFO commandstats (0 when never called). */
async function stats(node: ClusterNode, command: string): Promise<{ calls: number; failed: number }> {
  const line = (await node.info('commandstats'))[`cmdstat_${command}`];
  if (line === undefined) return { calls: 0, failed: 0 };
  return { calls: Number(/calls=(\d+)/.exec(line)![1]), failed: Number(/failed_calls=(\d+)/.exec(line)![1]) };
}

function statsOf(nodes: ReadonlyArray<ClusterNode>, command: string) {
  return Promise.all(nodes.map((node) => stats(node, command)));
}

/** A key whose slot `master` owns. */
function keyOwnedBy(master: ClusterNode, prefix: string): string {
  for (let i = 0; ; i++) if (servers.slotOwner(keySlot(`${prefix}${i}`)) === master) return `${prefix}${i}`;
}

function ownerOf(key: string): ClusterNode {
  return servers.slotOwner(keySlot(key));
}

/** The issue's definitions, as in its example. */
function issueExampleOptions() {
  return {
    rootNodes,
    scripts: {
      add: defineScript({
        SCRIPT: 'return redis.call("GET", KEYS[1]) + ARGV[1];',
        NUMBER_OF_KEYS: 1,
        parseCommand(parser: CommandParser, key: string, toAdd: number) { parser.pushKey(key); parser.push(toAdd.toString()); },
        transformReply: (reply: number) => reply,
      }),
    },
    functions: {
      mylib: {
        square: { IS_READ_ONLY: true, NUMBER_OF_KEYS: 1, parseCommand(parser: CommandParser, key: string) { parser.pushKey(key); }, transformReply: (r: number) => r },
      },
    },
    modules: {
      counter: {
        incrBy2: { parseCommand(parser: CommandParser, key: string) { parser.push('INCRBY'); parser.pushKey(key); parser.push('2'); }, transformReply: (r: number) => r },
      },
    },
  };
}

describe('the issue example', () => {
  it('verbatim: a script, a function library and a module on createCluster, each on the node of its key', async () => {
    const cluster = await createCluster({
      rootNodes,
      scripts: {
        add: defineScript({
          SCRIPT: 'return redis.call("GET", KEYS[1]) + ARGV[1];',
          NUMBER_OF_KEYS: 1,
          parseCommand(parser, key: string, toAdd: number) { parser.pushKey(key); parser.push(toAdd.toString()); },
          transformReply: (reply: number) => reply,
        }),
      },
      functions: {
        mylib: {
          square: { IS_READ_ONLY: true, NUMBER_OF_KEYS: 1, parseCommand(parser, key: string) { parser.pushKey(key); }, transformReply: (r: number) => r },
        },
      },
      modules: {
        counter: {
          incrBy2: { parseCommand(parser, key: string) { parser.push('INCRBY'); parser.pushKey(key); parser.push('2'); }, transformReply: (r: number) => r },
        },
      },
    }).connect();
    try {
      // The setup the example assumes: a value to add to, the library loaded (FUNCTION LOAD is an
      // all_shards command: the cluster sends it to every master), a counter that starts empty.
      await cluster.set('k', '40');
      await cluster.del('c');
      expect(await cluster.functionLoad(MYLIB, { REPLACE: true })).toBe('mylib');
      const [kNode, cNode] = [ownerOf('k'), ownerOf('c')];
      const before = { fcall: await stats(kNode, 'fcall_ro'), incrby: await stats(cNode, 'incrby') };

      await expect(cluster.add('k', 2)).resolves.toBe(42); // EVALSHA, NOSCRIPT → EVAL on that node
      await expect(cluster.mylib.square('k')).resolves.toBe(1600); // FCALL_RO square 1 k
      await expect(cluster.counter.incrBy2('c')).resolves.toBe(2); // INCRBY c 2

      expect((await stats(kNode, 'fcall_ro')).calls).toBe(before.fcall.calls + 1);
      expect((await stats(cNode, 'incrby')).calls).toBe(before.incrby.calls + 1);
      expect(await cNode.command('GET', 'c')).toBe('2');
    } finally {
      await cluster.close();
    }
  });
});

describe('scripts', () => {
  it('with the key on each master in turn, NOSCRIPT → EVAL happens on every master, then EVALSHA again', async () => {
    // A clean start: no master has the script.
    await Promise.all(servers.nodes.map((node) => node.command('SCRIPT', 'FLUSH')));
    const cluster = await createCluster(issueExampleOptions()).connect();
    try {
      const masters = servers.masters();
      const keys = masters.map((master) => keyOwnedBy(master, 'add:'));
      await Promise.all(keys.map((key) => cluster.set(key, '1')));
      const [evalshaBefore, evalBefore] = [await statsOf(masters, 'evalsha'), await statsOf(masters, 'eval')];
      for (const key of keys) {
        await expect(cluster.add(key, 2)).resolves.toBe(3); // NOSCRIPT on this key's master → EVAL there
        await expect(cluster.add(key, 5)).resolves.toBe(6); // loaded now: EVALSHA succeeds
      }
      const [evalshaAfter, evalAfter] = [await statsOf(masters, 'evalsha'), await statsOf(masters, 'eval')];
      masters.forEach((_, i) => {
        expect(evalshaAfter[i]!.calls - evalshaBefore[i]!.calls).toBe(2);
        expect(evalshaAfter[i]!.failed - evalshaBefore[i]!.failed).toBe(1); // the NOSCRIPT
        expect(evalAfter[i]!.calls - evalBefore[i]!.calls).toBe(1);
      });
      // Masters only: the script is not read-only and there is no useReplicas.
      expect((await statsOf(servers.replicas(), 'evalsha')).every((s) => s.calls === 0)).toBe(true);
    } finally {
      await cluster.close();
    }
  });

  it('after SCRIPT FLUSH, the next call loads the script again on that node (EVAL) and succeeds', async () => {
    const cluster = await createCluster(issueExampleOptions()).connect();
    try {
      const key = 'flushed:k';
      const node = ownerOf(key);
      await cluster.set(key, '10');
      await expect(cluster.add(key, 1)).resolves.toBe(11);
      await node.command('SCRIPT', 'FLUSH');
      const [evalsha, evalCalls] = [await stats(node, 'evalsha'), await stats(node, 'eval')];
      await expect(cluster.add(key, 2)).resolves.toBe(12);
      expect(await stats(node, 'evalsha')).toEqual({ calls: evalsha.calls + 1, failed: evalsha.failed + 1 });
      expect((await stats(node, 'eval')).calls).toBe(evalCalls.calls + 1);
      await expect(cluster.add(key, 3)).resolves.toBe(13);
      expect(await stats(node, 'evalsha')).toEqual({ calls: evalsha.calls + 2, failed: evalsha.failed + 1 });
    } finally {
      await cluster.close();
    }
  });

  it('a script whose keys span slots is refused with a CrossSlotError before anything is sent', async () => {
    const cluster = await createCluster({
      rootNodes,
      scripts: {
        copyValue: defineScript({
          SCRIPT: 'return redis.call("SET", KEYS[2], redis.call("GET", KEYS[1]))',
          NUMBER_OF_KEYS: 2,
          parseCommand(parser: CommandParser, from: string, to: string) { parser.pushKeys([from, to]); },
          transformReply: undefined as unknown as () => 'OK',
        }),
      },
    }).connect();
    try {
      const before = await statsOf(servers.nodes, 'evalsha');
      const error = await cluster.copyValue('a', 'b').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CrossSlotError);
      expect((error as CrossSlotError).slots.sort()).toEqual([keySlot('a'), keySlot('b')].sort());
      expect(await statsOf(servers.nodes, 'evalsha')).toEqual(before);
      // Keys with one hash tag share a slot: the script runs.
      await cluster.set('{t}a', 'v');
      await expect(cluster.copyValue('{t}a', '{t}b')).resolves.toBe('OK');
      expect(await cluster.get('{t}b')).toBe('v');
    } finally {
      await cluster.close();
    }
  });
});

describe('useReplicas', () => {
  it('a read-only script (EVALSHA_RO, NOSCRIPT → EVAL_RO there) and a read-only function (FCALL_RO) are served by replicas', async () => {
    const cluster = await createCluster({
      rootNodes,
      useReplicas: true,
      scripts: {
        keyExists: defineScript({
          SCRIPT: 'return redis.call("EXISTS", KEYS[1])',
          NUMBER_OF_KEYS: 1,
          IS_READ_ONLY: true,
          parseCommand(parser: CommandParser, key: string) { parser.pushKey(key); },
          transformReply: undefined as unknown as () => number,
        }),
      },
      functions: issueExampleOptions().functions,
    }).connect();
    try {
      await cluster.functionLoad(MYLIB, { REPLACE: true });
      // The replicas get the library by replication: wait until each has it.
      await waitFor('every replica has mylib', async () => {
        const lists = await Promise.all(servers.replicas().map((r) => r.command('FUNCTION', 'LIST', 'LIBRARYNAME', 'mylib')));
        return lists.every((list) => Array.isArray(list) && list.length === 1) ? done(true) : notYet('replicating');
      }, { timeoutMs: 10_000, intervalMs: 50 });
      const replicas = servers.replicas();
      const before = {
        evalsha: await statsOf(replicas, 'evalsha_ro'),
        eval: await statsOf(replicas, 'eval_ro'),
        fcall: await statsOf(replicas, 'fcall_ro'),
      };
      // One at a time, so each node meets the script's NOSCRIPT exactly once; one kind at a time,
      // since the cluster alternates the nodes of a shard over successive reads.
      for (let i = 0; i < 60; i++) await expect(cluster.keyExists(`ro:${i}`)).resolves.toBe(0);
      for (let i = 0; i < 60; i++) await expect(cluster.mylib.square(`ro:${i}`)).resolves.toBe(0);
      const after = {
        evalsha: await statsOf(replicas, 'evalsha_ro'),
        eval: await statsOf(replicas, 'eval_ro'),
        fcall: await statsOf(replicas, 'fcall_ro'),
      };
      replicas.forEach((_, i) => {
        expect(after.evalsha[i]!.calls - before.evalsha[i]!.calls).toBeGreaterThan(3);
        expect(after.evalsha[i]!.failed - before.evalsha[i]!.failed).toBe(1); // NOSCRIPT on the replica…
        expect(after.eval[i]!.calls - before.eval[i]!.calls).toBe(1); // …answered with EVAL_RO on the replica
        expect(after.fcall[i]!.calls - before.fcall[i]!.calls).toBeGreaterThan(3);
      });
    } finally {
      await cluster.close();
    }
  });
});

describe('a module package: @x/search (RediSearch 1.2)', () => {
  const index = 'books';

  it('every command for an index goes to the owner of its name; documents under its hash tag are plain hashes there', async () => {
    const cluster = await createCluster({ rootNodes, modules: { ft } }).connect();
    try {
      const owner = ownerOf(index);
      const others = servers.masters().filter((m) => m !== owner);
      const othersBefore = await statsOf(others, 'FT.ADD');
      expect(await cluster.ft.create(index, { title: { type: 'TEXT', WEIGHT: 2 }, year: { type: 'NUMERIC', SORTABLE: true } })).toBe('OK');
      await cluster.ft.add(index, `{${index}}:1`, { title: 'Dune', year: 1965 });
      await cluster.ft.add(index, `{${index}}:2`, { title: 'Dune Messiah', year: 1969 });
      const found: SearchReply = await cluster.ft.search(index, 'dune', { SORTBY: { BY: 'year', DIRECTION: 'DESC' } });
      expect(found).toEqual({
        total: 2,
        documents: [
          { id: `{${index}}:2`, value: { title: 'Dune Messiah', year: '1969' } },
          { id: `{${index}}:1`, value: { title: 'Dune', year: '1965' } },
        ],
      });
      expect(await cluster.ft.get(index, `{${index}}:1`)).toEqual({ title: 'Dune', year: '1965' });
      expect((await cluster.ft.info(index)).numDocs).toBe(2);
      // The document is an ordinary hash in its own slot.
      expect(await cluster.hGetAll(`{${index}}:1`)).toEqual({ title: 'Dune', year: '1965' });
      expect((await stats(owner, 'FT.ADD')).calls).toBeGreaterThanOrEqual(2);
      expect((await stats(owner, 'FT.SEARCH')).calls).toBeGreaterThanOrEqual(1);
      expect(await statsOf(others, 'FT.ADD')).toEqual(othersBefore);
    } finally {
      await cluster.close();
    }
  });

  it('a document id outside the index slot is refused with a CrossSlotError; nothing is sent', async () => {
    const cluster = await createCluster({ rootNodes, modules: { ft } }).connect();
    try {
      const before = await statsOf(servers.masters(), 'FT.ADD');
      const error = await cluster.ft.add(index, 'untagged:1', { title: 'Stranded' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CrossSlotError);
      expect((error as Error).message).toContain('FT.ADD has keys in different slots');
      expect(await statsOf(servers.masters(), 'FT.ADD')).toEqual(before);
    } finally {
      await cluster.close();
    }
  });

  it('with useReplicas, get and searchNoContent are spread over the replica; search stays on the master and keeps its fields', async () => {
    const cluster = await createCluster({ rootNodes, modules: { ft }, useReplicas: true }).connect();
    try {
      const owner = ownerOf(index);
      const replica = servers.replicasOf(owner)[0]!;
      await cluster.ft.add(index, `{${index}}:3`, { title: 'Children of Dune', year: 1976 });
      await owner.command('WAIT', '1', '5000'); // the replica has every write so far
      // One kind at a time: the cluster alternates the nodes of a shard over successive reads.
      let before = await stats(replica, 'FT.SEARCH');
      for (let i = 0; i < 10; i++) {
        const found = await cluster.ft.search(index, 'children');
        expect(found.documents).toEqual([{ id: `{${index}}:3`, value: { title: 'Children of Dune', year: '1976' } }]);
      }
      expect(await stats(replica, 'FT.SEARCH')).toEqual(before); // search never went to the replica
      before = await stats(replica, 'FT.GET');
      for (let i = 0; i < 10; i++) {
        await expect(cluster.ft.get(index, `{${index}}:3`)).resolves.toEqual({ title: 'Children of Dune', year: '1976' });
      }
      expect((await stats(replica, 'FT.GET')).calls - before.calls).toBe(5);
      before = await stats(replica, 'FT.SEARCH');
      for (let i = 0; i < 10; i++) {
        await expect(cluster.ft.searchNoContent(index, 'children')).resolves.toEqual({ total: 1, documents: [`{${index}}:3`] });
      }
      expect((await stats(replica, 'FT.SEARCH')).calls - before.calls).toBe(5);
    } finally {
      await cluster.close();
    }
  });
});

describe('multi()', () => {
  it("scripts, functions and module commands queue in the cluster's multi and run in one transaction on the slot's master", async () => {
    const cluster = await createCluster({ ...issueExampleOptions(), modules: { ...issueExampleOptions().modules, ft } }).connect();
    try {
      await cluster.functionLoad(MYLIB, { REPLACE: true });
      const tag = '{multi}';
      const node = ownerOf(tag);
      const execBefore = await stats(node, 'exec');
      await cluster.del(`${tag}c`);
      const replies = await cluster
        .multi()
        .set(`${tag}k`, '5')
        .add(`${tag}k`, 2)
        .mylib.square(`${tag}k`)
        .counter.incrBy2(`${tag}c`)
        .exec<'typed'>();
      expect(replies).toEqual(['OK', 7, 25, 2]);
      const typed: [number, number, number] = [replies[1], replies[2], replies[3]];
      expect(typed).toEqual([7, 25, 2]);
      expect((await stats(node, 'exec')).calls).toBe(execBefore.calls + 1);

      // The module package in a transaction: the index and its documents share the index's slot.
      const [, , search] = await cluster
        .multi()
        .ft.create('inmulti', { title: 'TEXT' })
        .ft.add('inmulti', '{inmulti}:1', { title: 'queued' })
        .ft.search('inmulti', 'queued')
        .ft.drop('inmulti')
        .exec<'typed'>();
      expect(search).toEqual({ total: 1, documents: [{ id: '{inmulti}:1', value: { title: 'queued' } }] });
    } finally {
      await cluster.close();
    }
  });
});

describe('definition errors at createCluster time', () => {
  const options = issueExampleOptions();

  it('a script without SCRIPT (not made by defineScript): InvalidDefinitionError naming it', () => {
    const noSource = { ...options.scripts.add, SCRIPT: undefined } as unknown as RedisScript;
    expect(() => createCluster({ rootNodes, scripts: { add: noSource } })).toThrow(InvalidDefinitionError);
    expect(() => createCluster({ rootNodes, scripts: { add: noSource } })).toThrow(
      'Invalid definition scripts.add: a script needs SCRIPT (its Lua source, a string or Buffer)',
    );
  });

  it('a malformed NUMBER_OF_KEYS: InvalidDefinitionError naming the function', () => {
    const square = { ...options.functions.mylib.square, NUMBER_OF_KEYS: -1 };
    expect(() => createCluster({ rootNodes, functions: { mylib: { square } } })).toThrow(
      'Invalid definition functions.mylib.square: NUMBER_OF_KEYS must be a non-negative integer, got -1',
    );
  });

  it.each<[string, Omit<RedisClusterOptions, 'rootNodes'>, string]>([
    ['a script named like a built-in command', { scripts: { get: options.scripts.add } }, 'scripts.get'],
    ['a module named like a cluster method', { modules: { multi: options.modules.counter } }, 'modules.multi'],
    ['a library named like a cluster method', { functions: { nodeClient: options.functions.mylib } }, 'functions.nodeClient'],
    ['a module named like an instance field', { modules: { options: options.modules.counter } }, 'modules.options'],
    ['two extensions of one name', { modules: { add: options.modules.counter }, scripts: options.scripts }, 'scripts.add'],
  ])('%s: DefinitionNameConflictError naming it', (_what, extensions, where) => {
    let error: unknown;
    try {
      createCluster({ rootNodes, ...extensions });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DefinitionNameConflictError);
    expect((error as DefinitionNameConflictError).definition).toBe(where);
  });

  it('NUMBER_OF_KEYS that the keys pushed do not match: the call rejects with NumberOfKeysError, nothing sent', async () => {
    const twoKeys = defineScript({ ...options.scripts.add, parseCommand(parser: CommandParser, a: string, b: string) { parser.pushKeys([a, b]); } });
    // Not even connected: the check comes before the cluster is asked to send anything.
    const cluster = createCluster({ rootNodes, scripts: { add: twoKeys } });
    const error = await cluster.add('{x}a', '{x}b').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NumberOfKeysError);
    expect((error as Error).message).toBe('scripts.add declares NUMBER_OF_KEYS 1 but its parseCommand pushed 2 keys');
  });

  it('a functionLibraries entry without its #!lua name= line: InvalidOptionError naming it', () => {
    expect(() => createCluster({ rootNodes, functionLibraries: ['return 1'] })).toThrow(InvalidOptionError);
    expect(() => createCluster({ rootNodes, functionLibraries: [MYLIB, 'return 1'] })).toThrow(
      'Invalid option functionLibraries[1]: must start with a "#!lua name=<library>" line',
    );
  });
});
