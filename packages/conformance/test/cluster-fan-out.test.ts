import { canonical, show } from './support/canonical';
import { MAPPINGS, type MappingName } from './support/cases';
import { closePairs, pairFor, PROTOCOLS, reset, runRaw, type Callable, type Resp } from './support/targets';

// What a cluster computes itself, against node-redis's cluster on the same 3+3 cluster, in RESP3 and
// RESP2, under no type mapping and each of node-redis's: the replies it combines from several nodes
// (DBSIZE and DEL across slots summed, KEYS concatenated, SCRIPT EXISTS and-ed, MGET split and put
// back in order…), both from the typed methods and from `sendCommand(firstKey, isReadonly, args)`,
// which follows the same request policy as the typed method (as node-redis 6.2+: a raw cross-slot
// MGET is split, a raw DBSIZE goes to every shard).

const SHA_OF_RETURN_1 = 'e0e1f9fabfc9d4800c877a703b823ac0578ff8db'; // SCRIPT LOAD 'return 1'
const UNKNOWN_SHA = '0000000000000000000000000000000000000000';
const LIBRARY = "#!lua name=fanoutlib\nredis.register_function('fanout_one', function() return 1 end)";

/** Keys in different slots (a, b, c hash to three slots on three masters of the shared cluster). */
const SETUP = [
  ['SET', 'a', '1'],
  ['SET', 'b', '2'],
  ['SET', 'c', '3'],
  ['SET', '{t}x', '10'],
  ['SET', '{t}y', '20'],
  ['SCRIPT', 'LOAD', 'return 1'],
];

interface FanOutCase {
  name: string;
  call: (cluster: Callable) => Promise<unknown>;
  /** Applied to both replies (an order the servers don't fix, a random pick). */
  normalize?: (reply: unknown) => unknown;
}

type Send = (firstKey: string | undefined, isReadonly: boolean, args: string[]) => Promise<unknown>;
type Methods = Record<string, (...args: unknown[]) => Promise<unknown>>;
const send = (cluster: Callable, firstKey: string | undefined, isReadonly: boolean, args: string[]) => (cluster.sendCommand as Send).call(cluster, firstKey, isReadonly, args);
const method = (cluster: Callable, name: string, ...args: unknown[]) => (cluster as unknown as Methods)[name]!.call(cluster, ...args);

/** Sorts an array reply (KEYS: each master's keys, in the order the masters answered). */
const sorted = (reply: unknown): unknown => (Array.isArray(reply) ? [...reply].map((v) => (Buffer.isBuffer(v) ? v.toString() : String(v))).sort() : reply);
const isKey = (reply: unknown): unknown => ['a', 'b', 'c', '{t}x', '{t}y'].includes(String(reply));

const CASES: FanOutCase[] = [
  // sendCommand: the typed method's request policy.
  { name: 'sendCommand MGET across slots (split, replies in the caller’s order)', call: (c) => send(c, 'a', true, ['MGET', 'a', 'b', 'missing', 'c', '{t}x']) },
  { name: 'sendCommand MGET, no firstKey', call: (c) => send(c, undefined, true, ['MGET', 'c', 'a']) },
  { name: 'sendCommand MSET across slots, then the values', call: async (c) => [await send(c, 'p', false, ['MSET', 'p', 'P', 'q', 'Q', 'r', 'R']), await send(c, 'p', true, ['MGET', 'p', 'q', 'r'])] },
  { name: 'sendCommand DEL across slots (summed)', call: (c) => send(c, 'a', false, ['DEL', 'a', 'b', 'c', 'missing']) },
  { name: 'sendCommand EXISTS across slots (summed)', call: (c) => send(c, 'a', true, ['EXISTS', 'a', 'b', 'c', 'a', 'missing']) },
  { name: 'sendCommand UNLINK across slots', call: (c) => send(c, 'a', false, ['UNLINK', 'a', 'c']) },
  { name: 'sendCommand TOUCH across slots', call: (c) => send(c, 'a', false, ['TOUCH', 'a', 'b', 'missing']) },
  { name: 'sendCommand DBSIZE (every shard, summed)', call: (c) => send(c, undefined, true, ['DBSIZE']) },
  { name: 'sendCommand KEYS * (every shard)', call: (c) => send(c, undefined, true, ['KEYS', '*']), normalize: sorted },
  { name: 'sendCommand SCRIPT EXISTS (every shard, and-ed)', call: (c) => send(c, undefined, true, ['SCRIPT', 'EXISTS', SHA_OF_RETURN_1, UNKNOWN_SHA]) },
  { name: 'sendCommand script exists (lower case)', call: (c) => send(c, undefined, true, ['script', 'exists', SHA_OF_RETURN_1]) },
  { name: 'sendCommand RANDOMKEY finds a key', call: (c) => send(c, undefined, true, ['RANDOMKEY']), normalize: isKey },
  { name: 'sendCommand GET (first key)', call: (c) => send(c, 'b', true, ['GET', 'b']) },
  // The typed methods' combined replies.
  { name: 'dbSize', call: (c) => method(c, 'dbSize') },
  { name: 'del across slots', call: (c) => method(c, 'del', ['a', 'b', 'c', 'missing']) },
  { name: 'exists across slots', call: (c) => method(c, 'exists', ['a', 'b', 'a']) },
  { name: 'unlink across slots', call: (c) => method(c, 'unlink', ['a', 'b']) },
  { name: 'touch across slots', call: (c) => method(c, 'touch', ['a', 'b', 'missing']) },
  { name: 'mGet across slots', call: (c) => method(c, 'mGet', ['c', 'missing', 'a']) },
  { name: 'mSet across slots', call: (c) => method(c, 'mSet', [['m1', '1'], ['m2', '2']]) },
  { name: 'keys', call: (c) => method(c, 'keys', '*'), normalize: sorted },
  { name: 'scriptExists', call: (c) => method(c, 'scriptExists', [SHA_OF_RETURN_1, UNKNOWN_SHA]) },
  { name: 'scriptLoad', call: (c) => method(c, 'scriptLoad', 'return 1') },
  { name: 'ping', call: (c) => method(c, 'ping') },
  { name: 'randomKey', call: (c) => method(c, 'randomKey'), normalize: isKey },
  { name: 'wait', call: (c) => method(c, 'wait', 0, 0) },
  { name: 'configSet (every node)', call: (c) => method(c, 'configSet', 'slowlog-max-len', '128') },
  { name: 'flushDb, then dbSize', call: async (c) => [await method(c, 'flushDb'), await method(c, 'dbSize')] },
  { name: 'scriptFlush, then scriptExists', call: async (c) => [await method(c, 'scriptFlush'), await method(c, 'scriptExists', [SHA_OF_RETURN_1])] },
  { name: 'functionLoad, functionDelete', call: async (c) => [await method(c, 'functionLoad', LIBRARY, { REPLACE: true }), await method(c, 'functionDelete', 'fanoutlib')] },
  { name: 'slowlogReset (every node)', call: (c) => method(c, 'slowlogReset') },
  { name: 'sendCommand FLUSHDB then DBSIZE', call: async (c) => [await send(c, undefined, false, ['FLUSHDB']), await send(c, undefined, true, ['DBSIZE'])] },
];

const MAPPING_NAMES: ReadonlyArray<MappingName | 'none'> = ['none', ...(Object.keys(MAPPINGS) as MappingName[])];

afterAll(() => closePairs());

describe.each(PROTOCOLS.map((resp) => [resp] as [Resp]))('cluster fan-out replies, RESP%s', (resp) => {
  it.each(CASES.map((c) => [c.name, c] as [string, FanOutCase]))('%s: equal to node-redis under every type mapping', async (_name, c) => {
    const pair = await pairFor('cluster', resp);
    const mismatches: string[] = [];
    for (const mapping of MAPPING_NAMES) {
      const view = (side: Callable) => (mapping === 'none' ? side : side.withTypeMapping(MAPPINGS[mapping]));
      const outcomes: unknown[] = [];
      for (const side of [pair.nr, pair.x]) {
        await reset('cluster');
        await runRaw('cluster', SETUP);
        try {
          const reply = await c.call(view(side));
          outcomes.push(canonical(c.normalize === undefined ? reply : c.normalize(reply)));
        } catch (error) {
          outcomes.push({ $: 'rejected', v: (error as Error).message });
        }
      }
      const [nr, x] = outcomes;
      if (JSON.stringify(nr) !== JSON.stringify(x)) mismatches.push(`${mapping}\n    x:          ${show(x as never)}\n    node-redis: ${show(nr as never)}`);
    }
    expect(mismatches).toEqual([]);
  });
});
