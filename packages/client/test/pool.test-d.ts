// Type tests: checked by `tsc` (`pnpm lint`), never run. The pool's methods are typed as the client's;
// each `@ts-expect-error` line must fail to compile.
import { createClient, createClientPool, defineScript, RESP_TYPES, type RedisClientPoolType } from '../src';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function exact<EXPECTED>() {
  return <ACTUAL>(_value: ACTUAL, ..._check: Equal<ACTUAL, EXPECTED> extends true ? [] : ['types differ']): void => {};
}

export async function poolTypes(): Promise<void> {
  const pool = createClientPool(
    {
      scripts: {
        add: defineScript({
          SCRIPT: 'return redis.call("INCRBY", KEYS[1], ARGV[1])',
          NUMBER_OF_KEYS: 1,
          parseCommand(parser, key: string, by: number) { parser.pushKey(key); parser.push(String(by)); },
          transformReply: (reply: number) => reply,
        }),
      },
    },
    { minimum: 1, maximum: 10 },
  );
  // connect() resolves with the pool, or undefined when it was open already (as node-redis's).
  const connected = await pool.connect();
  if (connected !== undefined) exact<number>()(connected.totalClients);
  const typed: RedisClientPoolType = createClientPool();
  void typed;
  exact<Promise<string | null>>()(pool.get('k'));
  exact<Promise<number>>()(pool.incr('k'));
  exact<Promise<number>>()(pool.add('k', 1));
  exact<Promise<Buffer | null>>()(pool.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).get('k'));
  // execute hands a client typed with the view's mapping, and resolves with what the task returns.
  exact<Promise<Buffer | null>>()(pool.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).execute((client) => client.get('k')));
  exact<Promise<number>>()(pool.execute(() => 42));
  exact<Promise<string>>()(pool.execute(async (client) => client.ping()));
  exact<number>()(pool.totalClients);
  // Commands that only mean something on one connection are not methods of a pool (as in node-redis).
  // @ts-expect-error no select on a pool
  void pool.select(1);
  // @ts-expect-error no watch on a pool
  void pool.watch('k');
  // @ts-expect-error a number of keys of the wrong type
  void pool.add('k', '1');
  // node-redis's pool option: cache options or a pooled cache.
  createClientPool({}, { clientSideCache: { ttl: 0, maxEntries: 10, evictPolicy: 'FIFO' } });
  // @ts-expect-error not an eviction policy
  createClientPool({}, { clientSideCache: { evictPolicy: 'LFU' } });

  const fromClient = createClient({ RESP: 2 }).createPool();
  exact<Promise<string | null>>()(fromClient.get('k'));
}
