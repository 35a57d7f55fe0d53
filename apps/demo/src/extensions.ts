// `pnpm --filter @x/demo run extensions`: an embedded local cluster (3 masters, 3 replicas) with
// RediSearch 1.2 loaded, and the extensions on it — a Lua script, a Redis function library kept on
// every master by `functionLibraries`, a module of our own, and @x/search, a module package from
// this workspace — each call shown with the node that served it.
import { createCluster, defineScript, keySlot } from '@x/cluster';
import { ft } from '@x/search';
import { redisearchModule, startCluster, type RedisCluster as LocalCluster } from '@x/test-utils';
import { green, heading, say } from './output';

const MYLIB = `#!lua name=mylib
redis.register_function{function_name='square', callback=function(keys, args)
  return (tonumber(redis.call('GET', keys[1])) or 0) ^ 2
end, flags={'no-writes'}}`;

async function main(): Promise<void> {
  heading('Starting a local Redis Cluster with RediSearch 1.2');
  const local = await startCluster({ masters: 3, replicas: 1, loadModules: [redisearchModule()] });
  process.once('SIGINT', () => void local.stop().then(() => process.exit(130)));
  try {
    say(`3 masters + 3 replicas on ${local.nodes.map((n) => n.port).join(', ')}`);
    await extensions(local);
  } finally {
    await local.stop();
    say('local cluster stopped');
  }
}

async function extensions(local: LocalCluster): Promise<void> {
  const cluster = await createCluster({
    rootNodes: [{ url: `redis://127.0.0.1:${local.masters()[0]!.port}` }],
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
    functionLibraries: [MYLIB],
    modules: {
      counter: {
        incrBy2: { parseCommand(parser, key: string) { parser.push('INCRBY'); parser.pushKey(key); parser.push('2'); }, transformReply: (r: number) => r },
      },
      ft,
    },
  })
    .on('error', (err) => console.log('Redis Cluster Error', err))
    .connect();
  const node = (key: string) => `:${local.slotOwner(keySlot(key)).port}`;
  try {
    heading('A script, a function library, a module');
    await cluster.set('k', '40');
    say(`cluster.add('k', 2)           → ${green(String(await cluster.add('k', 2)))}   EVALSHA on ${node('k')} (NOSCRIPT → EVAL there the first time)`);
    say(`cluster.mylib.square('k')     → ${green(String(await cluster.mylib.square('k')))} FCALL_RO on ${node('k')} (mylib loaded on every master at connect)`);
    say(`cluster.counter.incrBy2('c')  → ${green(String(await cluster.counter.incrBy2('c')))}    INCRBY c 2 on ${node('c')}`);

    heading('@x/search: RediSearch 1.2 as a module package');
    await cluster.ft.create('books', { title: { type: 'TEXT', WEIGHT: 5 }, year: { type: 'NUMERIC', SORTABLE: true } });
    await cluster.ft.add('books', '{books}:1', { title: 'Dune', year: 1965 });
    await cluster.ft.add('books', '{books}:2', { title: 'Dune Messiah', year: 1969 });
    const found = await cluster.ft.search('books', 'dune', { SORTBY: { BY: 'year', DIRECTION: 'DESC' } });
    say(`index 'books' lives on ${node('books')}; its documents are named {books}:… so they share its slot`);
    say(`cluster.ft.search('books', 'dune') → total ${green(String(found.total))}`);
    for (const doc of found.documents) say(`  ${doc.id}  ${JSON.stringify(doc.value)}`);
    const stranded = await cluster.ft.add('books', 'dune-3', { title: 'Children of Dune' }).catch((e: Error) => e);
    say(`an id outside the index's slot: ${(stranded as Error).message}`);
    await cluster.ft.drop('books');
  } finally {
    await cluster.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
