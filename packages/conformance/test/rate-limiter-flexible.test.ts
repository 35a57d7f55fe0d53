import * as nodeRedis from 'redis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import * as x from '@x/cluster';
import { sharedCluster } from '@x/test-utils';

// rate-limiter-flexible's RateLimiterRedis (`useRedisPackage: true`: node-redis's API — `eval` with
// `{ keys, arguments }`, `multi().set(…, { EX }).pTTL(…).exec(true)`, `incrBy`, `del`) on x's cluster
// and on node-redis's, on the shared 3+3 cluster, under concurrency: of N consumes issued at once,
// exactly the allowed number pass.

const cluster = sharedCluster();
const rootNodes = () => cluster.masters().map((node) => ({ url: `redis://127.0.0.1:${node.port}` }));

type Library = 'x' | 'node-redis';
type Store = { connect(): Promise<unknown>; close(): Promise<unknown> };

const CONCURRENT = 60;
const POINTS = 7;

describe.each<Library>(['x', 'node-redis'])('rate-limiter-flexible on %s’s cluster', (library) => {
  let store: Store;
  const prefix = `rlf-${library}-${process.pid}`;
  let run = 0;

  beforeAll(async () => {
    store = (library === 'x' ? x.createCluster({ rootNodes: rootNodes() }) : nodeRedis.createCluster({ rootNodes: rootNodes() })) as unknown as Store;
    await store.connect();
  });
  afterAll(async () => {
    await store.close();
  });

  const limiter = (options: { duration: number; points?: number }) =>
    new RateLimiterRedis({ storeClient: store, useRedisPackage: true, keyPrefix: `${prefix}-${++run}`, points: options.points ?? POINTS, duration: options.duration });

  /** Consumes issued at once for each of `users` (keys spread over the slots): how many passed, per user. */
  async function consumeAtOnce(rl: RateLimiterRedis, users: string[]): Promise<Record<string, { passed: number; refused: RateLimiterRes[] }>> {
    const outcome: Record<string, { passed: number; refused: RateLimiterRes[] }> = {};
    await Promise.all(
      users.flatMap((user) => {
        outcome[user] = { passed: 0, refused: [] };
        return Array.from({ length: CONCURRENT }, () =>
          rl.consume(user).then(
            () => void outcome[user]!.passed++,
            (rejection: unknown) => {
              if (!(rejection instanceof RateLimiterRes)) throw rejection;
              outcome[user]!.refused.push(rejection);
            },
          ),
        );
      }),
    );
    return outcome;
  }

  it(`of ${CONCURRENT} concurrent consumes per key (Lua script path), exactly ${POINTS} pass — on keys of every master`, async () => {
    const rl = limiter({ duration: 60 });
    const users = Array.from({ length: 12 }, (_, i) => `user-${i}`);
    const outcome = await consumeAtOnce(rl, users);
    for (const user of users) {
      expect(outcome[user]!.passed).toBe(POINTS);
      expect(outcome[user]!.refused).toHaveLength(CONCURRENT - POINTS);
      for (const refusal of outcome[user]!.refused) {
        expect(refusal.remainingPoints).toBe(0);
        expect(refusal.msBeforeNext).toBeGreaterThan(0);
      }
    }
    const state = await rl.get('user-0');
    expect(state?.consumedPoints).toBe(CONCURRENT);
  });

  it(`without a duration (MULTI incrBy + pTTL path), exactly ${POINTS} pass`, async () => {
    const rl = limiter({ duration: 0 });
    const outcome = await consumeAtOnce(rl, ['forever-a', 'forever-b']);
    expect(outcome['forever-a']!.passed).toBe(POINTS);
    expect(outcome['forever-b']!.passed).toBe(POINTS);
  });

  it('get, penalty, reward, block (MULTI set EX + pTTL) and delete', async () => {
    const rl = limiter({ duration: 60 });
    await rl.consume('u', 2);
    expect((await rl.get('u'))?.consumedPoints).toBe(2);
    expect((await rl.penalty('u', 3)).consumedPoints).toBe(5);
    expect((await rl.reward('u', 4)).consumedPoints).toBe(1);
    const blocked = await rl.block('b', 30);
    expect(blocked.consumedPoints).toBe(POINTS + 1);
    await expect(rl.consume('b')).rejects.toBeInstanceOf(RateLimiterRes);
    expect(await rl.delete('b')).toBe(true);
    expect(await rl.get('b')).toBeNull();
    expect((await rl.consume('b')).remainingPoints).toBe(POINTS - 1);
  });
});
