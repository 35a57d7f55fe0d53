// RedisBloom's `bf`, `cf` and `cms` namespaces, x against node-redis's @redis/bloom. No server here
// runs the module, so every case is unit-only: the arguments and keys each definition sends, and each
// transform on a sample reply.
//
// The samples are written as the server's wire bytes (RESP2 and RESP3 differ: booleans, maps) and
// decoded by node-redis's own decoder — under no type mapping for the harness's `replies`, and under
// each of node-redis's type mappings by `compareMappedTransforms` below (the small extension this file
// adds): a RESP2 INFO's labels are Buffers under `SIMPLE_STRING: Buffer`, its counts strings under
// `NUMBER: String`, a RESP3 map a `Map` or a flat array under `MAP`, and the transforms must agree on
// what the decoder really hands them, not only on the unmapped form.
import { createRequire } from 'node:module';
import { createCommandParser } from '@x/modules';
import { canonical, sameCanonical, show } from '../support/canonical';
import { MAPPINGS, moduleDefinition, transformOf, type Case, type MappingName } from '../support/cases';
import { oracle, type OracleCommand } from '../support/oracle';

/** The namespaces this file covers (topK and tDigest have their own). */
export const BLOOM_NAMESPACES = ['bf', 'cf', 'cms'] as const;

const REASON = 'RedisBloom is not loaded on the servers here';

// --- RESP on the wire --------------------------------------------------------------------------

type Wire = Buffer;
const line = (text: string): Wire => Buffer.from(`${text}\r\n`);
const int = (n: number): Wire => line(`:${n}`);
const simple = (text: string): Wire => line(`+${text}`);
const blob = (data: string | Buffer): Wire => {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  return Buffer.concat([line(`$${bytes.length}`), bytes, line('')]);
};
const error = (message: string): Wire => line(`-${message}`);
const array = (...items: Wire[]): Wire => Buffer.concat([line(`*${items.length}`), ...items]);
/** RESP2's null (a null bulk string, what a module's ReplyWithNull sends). */
const null2: Wire = line('$-1');
/** RESP3's null. */
const null3: Wire = line('_');
const bool = (value: boolean): Wire => line(value ? '#t' : '#f');
const map = (...pairs: Array<[Wire, Wire]>): Wire => Buffer.concat([line(`%${pairs.length}`), ...pairs.flat()]);
const OK = simple('OK');

interface DecoderLike {
  write(chunk: Buffer): void;
}
const requireFromRedis = createRequire(require.resolve('redis/package.json')) as (id: string) => unknown;
const { Decoder } = requireFromRedis('@redis/client/dist/lib/RESP/decoder') as {
  Decoder: new (options: {
    onReply(reply: unknown): void;
    onErrorReply(error: unknown): void;
    onPush(push: unknown): void;
    getTypeMapping(): object;
  }) => DecoderLike;
};

/** The reply node-redis's decoder makes of `wire` under `mapping`. */
export function decode(wire: Wire, mapping: object = {}): unknown {
  const replies: unknown[] = [];
  const decoder = new Decoder({
    onReply: (reply) => replies.push(reply),
    onErrorReply: (e) => replies.push(e),
    onPush: () => undefined,
    getTypeMapping: () => mapping,
  });
  decoder.write(wire);
  if (replies.length !== 1) throw new Error(`a sample must be one whole reply (got ${replies.length})`);
  return replies[0];
}

// --- cases -------------------------------------------------------------------------------------

/** A case with its sample replies as wire bytes, per protocol. */
export interface BloomCase extends Case {
  wire?: { 2?: Wire; 3?: Wire };
}

type Samples = { 2?: Wire; 3?: Wire };

function unitCase(method: string, args: ReadonlyArray<unknown> | (() => ReadonlyArray<unknown>), wire?: Samples, name?: string): BloomCase {
  const replies =
    wire === undefined
      ? undefined
      : {
          ...(wire[2] === undefined ? {} : { 2: () => decode(wire[2]!) }),
          ...(wire[3] === undefined ? {} : { 3: () => decode(wire[3]!) }),
        };
  return { method, args, name, wire, unitOnly: { reason: REASON, replies } };
}

/** The same call under both of node-redis's names (`bf.ADD` and `bf.add`). */
function both(namespace: string, upper: string, camel: string, args: ReadonlyArray<unknown>, wire?: Samples, name?: string): BloomCase[] {
  return [upper, camel].map((method) => unitCase(`${namespace}.${method}`, args, wire, name));
}

/** A yes/no reply: RESP2 1/0, RESP3 a boolean. */
const yes: Samples = { 2: int(1), 3: bool(true) };
const no: Samples = { 2: int(0), 3: bool(false) };
const ok: Samples = { 2: OK, 3: OK };
const number = (n: number): Samples => ({ 2: int(n), 3: int(n) });
const numbers = (...ns: number[]): Samples => ({ 2: array(...ns.map(int)), 3: array(...ns.map(int)) });
/** A yes/no per item. */
const flags = (...values: boolean[]): Samples => ({
  2: array(...values.map((v) => int(v ? 1 : 0))),
  3: array(...values.map(bool)),
});

/** An INFO: RESP2 `[label, value, …]` (labels are simple strings), RESP3 a map of the same. */
function info(fields: Array<[string, number | null]>): Samples {
  return {
    2: array(...fields.flatMap(([label, value]) => [simple(label), value === null ? null2 : int(value)])),
    3: map(...fields.map(([label, value]): [Wire, Wire] => [simple(label), value === null ? null3 : int(value)])),
  };
}

/** The first piece of a filter's dump: a binary header (bytes that are no valid UTF-8 included). */
const HEADER = Buffer.from([0x01, 0, 0, 0, 0, 0, 0, 0, 0x05, 0, 0, 0, 0x02, 0, 0, 0, 0x08, 0, 0x40, 0x9a, 0x99, 0xa9, 0x3f, 0x4a, 0xf7, 0xd4, 0x9e, 0xde, 0xf0, 0x18, 0xff]);
const scanDump = (iterator: number, chunk: Wire): Samples => ({ 2: array(int(iterator), chunk), 3: array(int(iterator), chunk) });

const bfCases: BloomCase[] = [
  ...both('bf', 'ADD', 'add', ['bf', 'item'], yes),
  unitCase('bf.add', ['bf', Buffer.from([0xff, 0x00])], no, 'a Buffer item already there'),
  unitCase('bf.add', ['bf', 'x'], { 2: error('ERR non scaling filter is full') }, 'a full non-scaling filter: the error reply'),
  ...both('bf', 'CARD', 'card', ['bf'], number(3)),
  unitCase('bf.card', ['missing'], number(0), 'a missing key: 0'),
  ...both('bf', 'EXISTS', 'exists', ['bf', 'item'], yes),
  unitCase('bf.exists', ['bf', 'never'], no, 'not there'),
  ...both(
    'bf',
    'INFO',
    'info',
    ['bf'],
    info([
      ['Capacity', 100],
      ['Size', 240],
      ['Number of filters', 1],
      ['Number of items inserted', 1],
      ['Expansion rate', 2],
    ]),
  ),
  unitCase(
    'bf.info',
    ['bf'],
    info([
      ['Capacity', 1000],
      ['Size', 1432],
      ['Number of filters', 1],
      ['Number of items inserted', 0],
      ['Expansion rate', null],
    ]),
    'NONSCALING: Expansion rate null',
  ),
  ...both('bf', 'INSERT', 'insert', ['bf', ['a', 'b'], { CAPACITY: 100, ERROR: 0.01, EXPANSION: 2, NOCREATE: true, NONSCALING: true }], flags(true, false)),
  unitCase('bf.insert', ['bf', 'a'], flags(true), 'one item, no options'),
  unitCase('bf.insert', ['bf', [Buffer.from('a'), 'b']], flags(false, true), 'a Buffer item'),
  unitCase('bf.insert', ['bf', ['a'], {}], flags(true), 'empty options'),
  unitCase('bf.insert', ['bf', ['a'], { CAPACITY: 0, ERROR: 0, EXPANSION: 0 }], undefined, 'zeros are sent'),
  unitCase('bf.insert', ['bf', ['a'], { NOCREATE: false, NONSCALING: false }], undefined, 'false flags are left out'),
  unitCase('bf.insert', ['bf', ['a'], { ERROR: 0.001 }], undefined, 'ERROR alone'),
  unitCase('bf.insert', ['bf', ['a'], { EXPANSION: 4 }], undefined, 'EXPANSION alone'),
  unitCase('bf.insert', ['bf', []], { 2: array(), 3: array() }, 'no items'),
  unitCase('bf.insert', ['bf', ['a'], { CAPACITY: null }], undefined, 'CAPACITY null: refused'),
  unitCase(
    'bf.insert',
    ['bf', ['a', 'b'], { NONSCALING: true }],
    { 2: array(int(1), error('ERR non scaling filter is full')), 3: array(bool(true), error('ERR non scaling filter is full')) },
    'a filter that fills up: an error in the array',
  ),
  unitCase('bf.insert', ['bf', ['a'], { NOCREATE: true }], { 2: error('ERR not found'), 3: error('ERR not found') }, 'NOCREATE, no filter'),
  ...both('bf', 'LOADCHUNK', 'loadChunk', ['bf', 1, HEADER], ok),
  unitCase('bf.loadChunk', ['bf', 9, '\x01\b\x00\x80\x00\x04 \x00'], ok, 'a string chunk'),
  unitCase('bf.loadChunk', ['bf', undefined, HEADER], undefined, 'no iterator: refused'),
  ...both('bf', 'MADD', 'mAdd', ['bf', ['a', 'b', 'c']], flags(true, true, false)),
  unitCase('bf.mAdd', ['bf', 'a'], flags(true), 'one item'),
  ...both('bf', 'MEXISTS', 'mExists', ['bf', ['a', 'b']], flags(true, false)),
  unitCase('bf.mExists', ['bf', Buffer.from('a')], flags(false), 'one Buffer item'),
  ...both('bf', 'RESERVE', 'reserve', ['bf', 0.01, 1000], ok),
  unitCase('bf.reserve', ['bf', 0.001, 100000, { EXPANSION: 4, NONSCALING: true }], ok, 'EXPANSION and NONSCALING'),
  unitCase('bf.reserve', ['bf', 0.01, 100, { EXPANSION: 2 }], ok, 'EXPANSION'),
  unitCase('bf.reserve', ['bf', 0.01, 100, { NONSCALING: true }], ok, 'NONSCALING'),
  unitCase('bf.reserve', ['bf', 0.01, 100, { EXPANSION: 0, NONSCALING: false }], ok, 'EXPANSION 0 and NONSCALING false: left out'),
  unitCase('bf.reserve', ['bf', 0.01, 100], { 2: error('ERR item exists'), 3: error('ERR item exists') }, 'the key exists'),
  unitCase('bf.reserve', ['bf', 0.01], undefined, 'no capacity: refused'),
  ...both('bf', 'SCANDUMP', 'scanDump', ['bf', 0], scanDump(1, blob(HEADER))),
  unitCase('bf.scanDump', ['bf', 1], scanDump(9, blob('\x01\b\x00\x80\x00\x04 \x00')), 'the next piece'),
  unitCase('bf.scanDump', ['bf', 9], scanDump(0, blob('')), 'done: iterator 0, empty chunk'),
  unitCase('bf.scanDump', ['bf', null], undefined, 'iterator null: refused'),
];

const cfInfo = info([
  ['Size', 1080],
  ['Number of buckets', 512],
  ['Number of filters', 1],
  ['Number of items inserted', 3],
  ['Number of items deleted', 1],
  ['Bucket size', 2],
  ['Expansion rate', 1],
  ['Max iterations', 20],
]);

const cfCases: BloomCase[] = [
  ...both('cf', 'ADD', 'add', ['cf', 'item'], yes),
  unitCase('cf.add', ['cf', Buffer.from('item')], { 2: error('ERR Filter is full'), 3: error('ERR Filter is full') }, 'a full filter'),
  ...both('cf', 'ADDNX', 'addNX', ['cf', 'item'], no),
  unitCase('cf.addNX', ['cf', 'new'], yes, 'added'),
  ...both('cf', 'COUNT', 'count', ['cf', 'item'], number(2)),
  unitCase('cf.count', ['cf', Buffer.from('never')], number(0), 'never added'),
  ...both('cf', 'DEL', 'del', ['cf', 'item'], yes),
  unitCase('cf.del', ['cf', 'never'], no, 'not there'),
  ...both('cf', 'EXISTS', 'exists', ['cf', 'item'], yes),
  unitCase('cf.exists', ['cf', 'never'], no, 'not there'),
  ...both('cf', 'INFO', 'info', ['cf'], cfInfo),
  ...both('cf', 'INSERT', 'insert', ['cf', ['a', 'b'], { CAPACITY: 1000, NOCREATE: true }], flags(true, true)),
  unitCase('cf.insert', ['cf', 'a'], flags(true), 'one item, no options'),
  unitCase('cf.insert', ['cf', ['a'], { CAPACITY: 0, NOCREATE: false }], undefined, 'CAPACITY 0 sent, NOCREATE false left out'),
  unitCase('cf.insert', ['cf', ['a'], { NOCREATE: true }], { 2: error('ERR not found'), 3: error('ERR not found') }, 'NOCREATE, no filter'),
  unitCase('cf.insert', ['cf', ['1', '1', '1', '1']], { 2: array(int(1), int(1), int(-1), int(-1)), 3: array(bool(true), bool(true), bool(false), bool(false)) }, 'a full filter: -1'),
  unitCase('cf.insert', ['cf', ['a'], { CAPACITY: undefined }], flags(true), 'CAPACITY undefined: left out'),
  unitCase('cf.insert', ['cf', ['a'], { CAPACITY: null }], undefined, 'CAPACITY null: refused'),
  ...both('cf', 'INSERTNX', 'insertNX', ['cf', ['a', 'b', 'c'], { CAPACITY: 1000 }], numbers(0, 0, 1)),
  unitCase('cf.insertNX', ['cf', 'a', { NOCREATE: true }], numbers(1), 'one item, NOCREATE'),
  unitCase('cf.insertNX', ['cf', [Buffer.from('a'), 'b']], numbers(-1, 1), 'a full filter: -1'),
  ...both('cf', 'LOADCHUNK', 'loadChunk', ['cf', 1, HEADER], ok),
  unitCase('cf.loadChunk', ['cf', 129, 'chunk'], ok, 'a string chunk'),
  ...both('cf', 'RESERVE', 'reserve', ['cf', 1000], ok),
  unitCase('cf.reserve', ['cf', 1000, { BUCKETSIZE: 4, MAXITERATIONS: 30, EXPANSION: 2 }], ok, 'every option'),
  unitCase('cf.reserve', ['cf', 2, { BUCKETSIZE: 1, EXPANSION: 0 }], ok, 'BUCKETSIZE 1, EXPANSION 0 (sent)'),
  unitCase('cf.reserve', ['cf', 1000, { MAXITERATIONS: 0 }], ok, 'MAXITERATIONS 0 (sent)'),
  unitCase('cf.reserve', ['cf', 1000, {}], ok, 'empty options'),
  unitCase('cf.reserve', ['cf'], undefined, 'no capacity: refused'),
  ...both('cf', 'SCANDUMP', 'scanDump', ['cf', 0], scanDump(1, blob(HEADER))),
  unitCase('cf.scanDump', ['cf', 1], scanDump(0, null2), 'done: iterator 0, null chunk (RESP2)'),
  unitCase('cf.scanDump', ['cf', 1], { 3: array(int(0), null3) }, 'done: iterator 0, null chunk (RESP3)'),
  ...both('cf', 'MEXISTS', 'mExists', ['cf', ['a', 'b']], flags(false, true)),
  unitCase('cf.mExists', ['cf', 'a'], flags(true), 'one item'),
];

const cmsInfo = info([
  ['width', 2000],
  ['depth', 7],
  ['count', 42],
]);

const cmsCases: BloomCase[] = [
  ...both('cms', 'INCRBY', 'incrBy', ['cms', [{ item: 'a', incrementBy: 1 }, { item: Buffer.from('b'), incrementBy: 10 }]], numbers(1, 10)),
  unitCase('cms.incrBy', ['cms', { item: 'a', incrementBy: 5 }], numbers(6), 'one item (not in an array)'),
  unitCase('cms.incrBy', ['cms', []], undefined, 'no items'),
  unitCase(
    'cms.incrBy',
    ['cms', { item: 'a', incrementBy: 1 }],
    { 2: array(error('CMS: INCRBY overflow')), 3: array(error('CMS: INCRBY overflow')) },
    'overflow: an error in the array',
  ),
  unitCase('cms.incrBy', ['cms', { item: 'a' }], undefined, 'no incrementBy: refused'),
  ...both('cms', 'INFO', 'info', ['cms'], cmsInfo),
  unitCase('cms.info', ['cms'], info([['width', 1000], ['depth', 5], ['count', 0], ['cell size', 4]]), 'with cell size (8.12+)'),
  ...both('cms', 'INITBYDIM', 'initByDim', ['cms', 2000, 7], ok),
  unitCase('cms.initByDim', ['cms', 2000, 7, { CELL_SIZE: 4 }], ok, 'CELL_SIZE'),
  unitCase('cms.initByDim', ['cms', 2000, 7, {}], ok, 'empty options'),
  unitCase('cms.initByDim', ['cms', 2000], undefined, 'no depth: refused'),
  ...both('cms', 'INITBYPROB', 'initByProb', ['cms', 0.001, 0.01], ok),
  unitCase('cms.initByProb', ['cms', 0.001, 0.01, { CELL_SIZE: 8 }], ok, 'CELL_SIZE'),
  unitCase('cms.initByProb', ['cms', 0.001, 0.01, { CELL_SIZE: 0 }], ok, 'CELL_SIZE 0: left out'),
  ...both('cms', 'MERGE', 'merge', ['{s}dest', ['{s}a', '{s}b']], ok),
  unitCase('cms.merge', ['{s}dest', [Buffer.from('{s}a')]], ok, 'a Buffer source'),
  unitCase(
    'cms.merge',
    ['{s}dest', [{ name: '{s}a', weight: 1 }, { name: Buffer.from('{s}b'), weight: 3 }]],
    ok,
    'weighted sources: WEIGHTS',
  ),
  unitCase('cms.merge', ['{s}dest', []], undefined, 'no sources: `0 WEIGHTS`, as node-redis sends it'),
  unitCase('cms.merge', ['{s}dest', [{ name: '{s}a' }]], undefined, 'a weight missing: refused'),
  unitCase('cms.merge', ['{s}dest', ['{s}a']], { 2: error('CMS: width/depth is not equal'), 3: error('CMS: width/depth is not equal') }, 'different dimensions'),
  ...both('cms', 'QUERY', 'query', ['cms', ['a', 'b']], numbers(6, 0)),
  unitCase('cms.query', ['cms', 'a'], numbers(6), 'one item'),
  unitCase('cms.query', ['cms', Buffer.from('a')], numbers(6), 'one Buffer item'),
];

/** Every case of `bf`, `cf` and `cms`. */
export const bloomCases: BloomCase[] = [...bfCases, ...cfCases, ...cmsCases];

// --- the transforms under each type mapping, on what the decoder makes of the wire ---------------

function outcome(run: () => unknown) {
  try {
    return canonical(run());
  } catch (e) {
    return { $: 'throws', v: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * Runs x's and node-redis's transforms of `c` on its wire samples decoded under no mapping and under
 * each of node-redis's, with that mapping; pushes a line per disagreement into `mismatches`.
 */
export function compareMappedTransforms(c: BloomCase, mismatches: string[]): void {
  if (c.wire === undefined) return;
  const args = typeof c.args === 'function' ? c.args() : c.args;
  const nrDef = moduleDefinition('node-redis', c.method);
  const xDef = moduleDefinition('x', c.method);
  if (nrDef === undefined || xDef === undefined) {
    mismatches.push(`${c.method}: a definition is missing (x: ${xDef !== undefined}, node-redis: ${nrDef !== undefined})`);
    return;
  }
  // `preserve` as each definition's own parser stores it (none of these commands uses one today).
  const nrParser = new oracle.BasicCommandParser();
  const xParser = createCommandParser(3);
  try {
    nrDef.parseCommand(nrParser, ...args);
    xDef.parseCommand(xParser, ...args);
  } catch {
    return; // refused before sending: no reply to transform
  }
  for (const resp of [2, 3] as const) {
    const wire = c.wire[resp];
    if (wire === undefined) continue;
    const mappings: Array<[string, object | undefined]> = [['none', undefined], ...(Object.keys(MAPPINGS) as MappingName[]).map((n): [string, object] => [n, MAPPINGS[n]])];
    for (const [mappingName, mapping] of mappings) {
      const run = (def: OracleCommand, preserve: unknown) => () => {
        const reply = decode(wire, mapping);
        const t = transformOf(def, resp);
        return t === undefined ? reply : t(reply, preserve, mapping);
      };
      const x = outcome(run(xDef, xParser.preserve));
      const nr = outcome(run(nrDef, nrParser.preserve));
      if (!sameCanonical(x, nr)) {
        mismatches.push(`transform of the decoded wire, RESP${resp}, mapping ${mappingName}\n    x:          ${show(x)}\n    node-redis: ${show(nr)}`);
      }
    }
  }
}
