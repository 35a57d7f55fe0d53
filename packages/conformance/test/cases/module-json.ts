// The `json` namespace (RedisJSON), and what the module suites share (module-topk-tdigest.ts uses it).
//
// No server here runs the modules, so every case compares the definitions only: the wire arguments
// and keys each library makes of the call (through the shared harness, with and without a keyPrefix),
// and each transform on sample replies. Module replies are full of what type mappings change —
// bulk strings (JSON documents, RESP2 doubles), simple strings, integers, RESP3 maps and doubles — so
// each sample is written once as typed RESP values and decoded for every mapping as the client's
// decoder would (a Buffer under `BLOB_STRING: Buffer`, a `Map` or a flat array for a map under
// `MAP: Map`/`Array`, digits under `NUMBER`/`DOUBLE: String`…); both transforms then run on that
// decoded sample under that mapping. The shared harness hands every mapping the same sample, so this
// small extension lives here rather than in support/.
import { createCommandParser } from '@x/modules';
import { canonical, sameCanonical, show } from '../support/canonical';
import { MAPPINGS, moduleDefinition, transformOf, type Case, type MappingName } from '../support/cases';
import { oracle, type OracleCommand } from '../support/oracle';

/** A RESP value as the server sends it, before any type mapping. */
export type Resp =
  | { t: 'simple' | 'bulk'; v: string }
  | { t: 'int'; v: number }
  | { t: 'double'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'null' }
  | { t: 'array'; v: Resp[] }
  | { t: 'map'; v: Array<[string, Resp]> };

export const simple = (v: string): Resp => ({ t: 'simple', v });
export const bulk = (v: string): Resp => ({ t: 'bulk', v });
export const int = (v: number): Resp => ({ t: 'int', v });
export const double = (v: string): Resp => ({ t: 'double', v });
export const bool = (v: boolean): Resp => ({ t: 'bool', v });
export const nil: Resp = { t: 'null' };
export const array = (...v: Resp[]): Resp => ({ t: 'array', v });
export const map = (...v: Array<[string, Resp]>): Resp => ({ t: 'map', v });
export const OK = simple('OK');

function doubleValue(text: string): number {
  if (text === 'inf' || text === '+inf') return Infinity;
  if (text === '-inf') return -Infinity;
  if (text === 'nan') return NaN;
  return Number(text);
}

/** A RESP value as the decoder delivers it under a mapping (none: undefined). */
export function decode(value: Resp, mapping: MappingName | undefined): unknown {
  switch (value.t) {
    case 'simple':
      return mapping === 'simpleBuffers' ? Buffer.from(value.v) : value.v;
    case 'bulk':
      return mapping === 'buffers' ? Buffer.from(value.v) : value.v;
    case 'int':
      return mapping === 'stringNumbers' ? String(value.v) : value.v;
    case 'double':
      return mapping === 'stringNumbers' ? value.v : doubleValue(value.v);
    case 'bool':
      return value.v;
    case 'null':
      return null;
    case 'array':
      return value.v.map((item) => decode(item, mapping));
    case 'map':
      // Map keys are simple strings here: strings as object or Map keys, decoded in a flat array.
      if (mapping === 'maps') return new Map(value.v.map(([k, v]) => [k, decode(v, mapping)]));
      if (mapping === 'flatMaps') return value.v.flatMap(([k, v]) => [decode(simple(k), mapping), decode(v, mapping)]);
      return Object.fromEntries(value.v.map(([k, v]) => [k, decode(v, mapping)]));
  }
}

/** One call: its arguments, and what the server answers in each protocol (absent: arguments only). */
export interface ModuleCase {
  method: string;
  args: ReadonlyArray<unknown> | (() => ReadonlyArray<unknown>);
  name?: string;
  replies?: { 2?: Resp; 3?: Resp };
}

/**
 * A reply written as a JavaScript value: 'OK' a simple string, other strings bulk strings, integers
 * integers, other numbers doubles (RESP3), null a nil, arrays arrays.
 */
export function resp(value: unknown): Resp {
  if (value === null) return nil;
  if (value === 'OK') return OK;
  if (typeof value === 'string') return bulk(value);
  if (typeof value === 'number') return Number.isInteger(value) ? int(value) : double(String(value));
  if (Array.isArray(value)) return array(...value.map(resp));
  throw new TypeError(`no RESP form for ${String(value)}`);
}

/** The same reply in both protocols. */
export const same = (value: unknown): { 2: Resp; 3: Resp } => ({ 2: resp(value), 3: resp(value) });
/** One reply per protocol. */
export const perProtocol = (resp2: unknown, resp3?: unknown): { 2: Resp; 3?: Resp } =>
  resp3 === undefined ? { 2: resp(resp2) } : { 2: resp(resp2), 3: resp(resp3) };

const REASON = 'RedisJSON is not loaded on the servers here';
export const JSON_REASON = REASON;
type Replies = ModuleCase['replies'];

/** One call under one method name. */
const call = (method: string, args: ModuleCase['args'], replies?: Replies, name?: string): ModuleCase => ({ method: `json.${method}`, args, replies, name });

/** The same call under both spellings. */
const both = (upper: string, camel: string, args: ModuleCase['args'], replies?: Replies, name?: string): ModuleCase[] => [
  call(upper, args, replies, name),
  call(camel, args, replies, name),
];

/** A reviver that shows it ran: every number times ten. */
const tenfold = (_key: string, value: unknown) => (typeof value === 'number' ? value * 10 : value);

const K = '{j}doc';
const DOC = { name: 'x', tags: ['a', 'b'], n: 1.5, nested: { ok: true, none: null } };

export const jsonCases: ModuleCase[] = [
  // ---- JSON.SET: every value kind and every option ----
  ...both('SET', 'set', [K, '$', DOC], same('OK')),
  call('SET', [K, '$.a', 'text'], same(null), 'a string, NX miss (nil)'),
  call('set', [K, '$', 42], undefined, 'a number'),
  call('set', [K, '$', null], undefined, 'null'),
  call('set', [K, '$', false], undefined, 'a boolean'),
  call('set', () => [K, '$.when', new Date(Date.UTC(2024, 0, 2, 3, 4, 5))], undefined, 'a Date (its ISO string)'),
  call('set', [K, '$', [1, [2, [3]], { k: 'v' }]], undefined, 'nested arrays'),
  call('set', [K, '$', { 0: 'zero', 1: 1 }], undefined, 'number keys'),
  call('set', [K, '$', 'quote " and \\ and unicode é'], undefined, 'escapes'),
  call('set', () => [Buffer.from(K), Buffer.from('$')], undefined, 'Buffer key and path, no value (undefined)'),
  call('set', [K, '$', 1, { NX: true }], same(null)),
  call('set', [K, '$', 1, { XX: true }], same('OK')),
  call('set', [K, '$', 1, { NX: true, XX: true }], undefined, 'NX and XX (NX wins)'),
  call('set', [K, '$', 1, { condition: 'XX' }]),
  call('set', [K, '$', 1, { condition: 'NX', XX: true }], undefined, 'condition wins over the flags'),
  call('set', [K, '$', 1, { NX: false, XX: false }]),
  call('set', [K, '$', [0.5, 1], { fpha: 'FP16' }]),
  call('set', [K, '$', [0.5], { condition: 'NX', fpha: 'BF16' }]),
  call('set', [K, '$', [0.5], { XX: true, fpha: 'FP32' }]),
  call('set', [K, '$', [0.5], { fpha: 'FP64' }]),
  call('set', [K, '$', 1, {}], undefined, 'empty options'),
  call('set', () => [K, '$', 10n], undefined, 'a BigInt (JSON refuses it)'),

  // ---- JSON.GET ----
  ...both('GET', 'get', [K], same(JSON.stringify(DOC))),
  call('get', [K], same(null), 'missing key (nil)'),
  call('get', [K, { path: '$' }], same('[{"a":1}]')),
  call('get', [K, { path: '.n' }], same('1.5'), 'a legacy path'),
  call('get', [K, { path: ['$.a', '$.b'] }], same('{"$.a":[1],"$.b":["x"]}'), 'several paths'),
  call('get', () => [K, { path: Buffer.from('$') }], same('"buf"'), 'a Buffer path'),
  call('get', [K, { path: [] }], same('{}'), 'an empty path list'),
  call('get', [K, { reviver: tenfold }], same('{"a":1,"b":[2,"x"]}'), 'a reviver'),
  call('get', [K, { path: '$..n', reviver: tenfold }], same('[1,2]'), 'path and reviver'),
  call('get', [K, {}], same('"s"'), 'empty options'),

  // ---- JSON.MGET ----
  ...both('MGET', 'mGet', [['{j}a', '{j}b', '{j}c'], '$'], same(['[1]', null, '[{"x":[]}]'])),
  call('mGet', [['{j}a'], '.x', tenfold], same(['2']), 'a reviver'),
  call('mGet', () => [[Buffer.from('{j}a')], Buffer.from('$')], same([]), 'Buffers'),

  // ---- JSON.MSET ----
  ...both('MSET', 'mSet', [[{ key: '{j}a', path: '$', value: DOC }, { key: '{j}b', path: '$.x', value: [1, 'two', null] }]], same('OK')),
  call('mSet', [[{ key: '{j}a', path: '$', value: 'only' }]], same('OK'), 'one item'),

  // ---- JSON.MERGE ----
  ...both('MERGE', 'merge', [K, '$', { a: null, b: { c: 2 } }], same('OK')),
  call('merge', [K, '$.a', 3]),

  // ---- arrays ----
  ...both('ARRAPPEND', 'arrAppend', [K, '$.tags', 'c'], same([3])),
  call('arrAppend', [K, '.tags', 1, 'two', { three: 3 }, [4], null, true], same(9), 'several values, legacy path'),
  call('arrAppend', [K, '$..tags', 'c'], same([3, null]), 'a match that is no array'),
  ...both('ARRINDEX', 'arrIndex', [K, '$.tags', 'b'], same([1])),
  call('arrIndex', [K, '$.tags', 'z', { range: { start: 1 } }], same([-1])),
  call('arrIndex', [K, '.tags', { o: 1 }, { range: { start: 0, stop: -1 } }], same(-1), 'an object, start and stop'),
  call('arrIndex', [K, '$.tags', null, { range: { start: 2, stop: 0 } }], same([null])),
  call('arrIndex', [K, '$.tags', 1, {}], undefined, 'empty options'),
  ...both('ARRINSERT', 'arrInsert', [K, '$.tags', 0, 'z'], same([3])),
  call('arrInsert', [K, '$.tags', -1, 1, [2], { 3: 3 }], same([5, null]), 'several values, negative index'),
  call('arrInsert', [K, '$.tags', undefined, 'z'], undefined, 'no index (refused)'),
  ...both('ARRLEN', 'arrLen', [K], same(2)),
  call('arrLen', [K, { path: '$..tags' }], same([2, null])),
  call('arrLen', [K, { path: '' }], undefined, 'an empty path (sent)'),
  call('arrLen', [K, {}], same(null), 'empty options, no array (nil)'),
  ...both('ARRPOP', 'arrPop', [K], same('"b"')),
  call('arrPop', [K, { path: '$.tags' }], same(['"b"', null])),
  call('arrPop', [K, { path: '$..a', index: 0 }], same(['{"x":1}', '[1,2]', '3', 'true', 'null', null])),
  call('arrPop', [K, { path: '.tags', index: -2 }], same(null), 'legacy path, empty array (nil)'),
  call('arrPop', [K, { path: '$', reviver: tenfold }], same(['{"n":1}']), 'a reviver'),
  call('arrPop', [K, { reviver: tenfold }], same('[1,2]'), 'a reviver, no path'),
  call('arrPop', [K, { index: 3 }], same('1'), 'an index without a path (not sent)'),
  call('arrPop', [K, {}], same(null), 'empty options'),
  ...both('ARRTRIM', 'arrTrim', [K, '$.tags', 0, 1], same([2])),
  call('arrTrim', [K, '.tags', '1', -1], same(1), 'a numeric string'),
  call('arrTrim', [K, '$.tags', 0], undefined, 'no stop (refused)'),

  // ---- key [path] commands ----
  ...both('CLEAR', 'clear', [K], same(1)),
  call('clear', [K, { path: '$.*' }], same(3)),
  ...both('DEBUG_MEMORY', 'debugMemory', [K], same(185)),
  call('debugMemory', [K, { path: '$..n' }], same([16, 8])),
  ...both('DEL', 'del', [K], same(1)),
  call('del', [K, { path: '$.tags[0]' }], same(0)),
  ...both('FORGET', 'forget', [K], same(1)),
  call('forget', [K, { path: '.nested' }], same(1)),
  ...both('OBJKEYS', 'objKeys', [K], same(['name', 'tags', 'n', 'nested'])),
  call('objKeys', [K, { path: '$..nested' }], same([['ok', 'none'], null])),
  call('objKeys', [K, { path: '$.nope' }], same([])),
  ...both('OBJLEN', 'objLen', [K], same(4)),
  call('objLen', [K, { path: '$.*' }], same([null, null, null, 2])),
  call('objLen', [K, { path: '' }], undefined, 'an empty path (sent)'),
  ...both('STRLEN', 'strLen', [K, { path: '$.name' }], same([1])),
  call('strLen', [K], same(1), 'no path'),
  call('strLen', [K, { path: '' }], undefined, 'an empty path (not sent)'),
  call('strLen', [K, { path: '$..*' }], same([1, null, null])),
  ...both('STRAPPEND', 'strAppend', [K, 'bar'], same(4)),
  call('strAppend', [K, 'bar', { path: '$..name' }], same([4, null])),
  call('strAppend', [K, 'quote"', { path: '' }], undefined, 'an empty path (sent)'),
  ...both('TOGGLE', 'toggle', [K, '$.nested.ok'], same([0])),
  call('toggle', [K, '$..*'], same([1, null])),
  ...both('TYPE', 'type', [K], perProtocol('object', ['object'])),
  call('type', [K, { path: '$..*' }], perProtocol(['string', 'array', 'number'], [['string', 'array', 'number']])),
  call('type', [K, { path: '$.nope' }], perProtocol([], [[]])),
  call('type', [K], perProtocol(null), 'missing key (nil)'),
  call('type', [K, { path: '' }], undefined, 'an empty path (not sent)'),

  // ---- numbers: JSON text under RESP2, numbers under RESP3 ----
  ...both('NUMINCRBY', 'numIncrBy', [K, '$.n', 2], perProtocol('[3.5]', [3.5])),
  call('numIncrBy', [K, '$..n', -1], perProtocol('[0.5,null,2]', [0.5, null, 2])),
  call('numIncrBy', [K, '.n', 1], perProtocol('2.5', 2.5), 'a legacy path'),
  call('numIncrBy', [K, '$.n', undefined], undefined, 'no increment (refused)'),
  ...both('NUMMULTBY', 'numMultBy', [K, '$.n', 2], perProtocol('[3]', [3])),
  call('numMultBy', [K, '.n', 0.5], perProtocol('0.75', 0.75), 'a legacy path'),
  call('numMultBy', [K, '$..n', 1e21], perProtocol('[1.5e21,null]', [1.5e21, null]), 'a big factor'),
];

/** The cases as the shared harness takes them: arguments and keys compared (replies here, below). */
export const asHarnessCases = (cases: ReadonlyArray<ModuleCase>, reason: string): Case[] =>
  cases.map((c) => ({ method: c.method, args: c.args, name: c.name, unitOnly: { reason } }));

type Definition = OracleCommand & { transformReply?: unknown };

function outcome(run: () => unknown) {
  try {
    return canonical(run());
  } catch {
    return { $: 'throws' };
  }
}

/**
 * For each case with replies: both transforms on the sample decoded for each protocol and mapping,
 * the preserve each one's own parseCommand stored.
 */
export function describeMappedReplies(title: string, cases: ReadonlyArray<ModuleCase>): void {
  const mappingNames = [undefined, ...(Object.keys(MAPPINGS) as MappingName[])];
  describe(title, () => {
    for (const c of cases.filter((k) => k.replies !== undefined)) {
      it(`${c.method} ${c.name ?? JSON.stringify(typeof c.args === 'function' ? c.args() : c.args)}`, () => {
        const xDef = moduleDefinition('x', c.method);
        const nrDef = moduleDefinition('node-redis', c.method);
        expect(xDef).toBeDefined();
        expect(nrDef).toBeDefined();
        const args = () => (typeof c.args === 'function' ? c.args() : c.args);
        const xParser = createCommandParser(3);
        xDef!.parseCommand(xParser, ...args());
        const nrParser = new oracle.BasicCommandParser();
        nrDef!.parseCommand(nrParser, ...args());
        const mismatches: string[] = [];
        for (const resp of [2, 3] as const) {
          const sample = c.replies![resp];
          if (sample === undefined) continue;
          for (const name of mappingNames) {
            const mapping = name === undefined ? undefined : MAPPINGS[name];
            const run = (d: Definition, preserve: unknown) => () => {
              const reply = decode(sample, name);
              const t = transformOf(d, resp);
              return t === undefined ? reply : t(reply, preserve, mapping);
            };
            const x = outcome(run(xDef!, xParser.preserve));
            const nr = outcome(run(nrDef!, nrParser.preserve));
            if (!sameCanonical(x, nr)) mismatches.push(`RESP${resp}, mapping ${name ?? 'none'}\n    x:          ${show(x)}\n    node-redis: ${show(nr)}`);
          }
        }
        expect(mismatches).toEqual([]);
      });
    }
  });
}

/**
 * What each module's test file asserts besides its cases: every key of node-redis's namespace record
 * (both spellings) has a case and is in x's record; two keys share a definition in x exactly when
 * they do in node-redis; and each definition carries node-redis's routing flags.
 */
export function describeModuleCoverage(
  namespace: string,
  nodeRedis: Record<string, object>,
  x: Record<string, object> | undefined,
  cases: ReadonlyArray<ModuleCase>,
): void {
  describe(`${namespace}: node-redis's record`, () => {
    const names = Object.keys(nodeRedis);
    const covered = new Set(cases.map((c) => c.method).filter((m) => m.startsWith(`${namespace}.`)).map((m) => m.slice(namespace.length + 1)));
    const twins = (record: Record<string, object>, name: string) =>
      Object.keys(record)
        .filter((other) => record[other] === record[name])
        .sort();

    it('is not empty', () => expect(names.length).toBeGreaterThan(0));

    it.each(names)('%s has a case (either spelling)', (name) => {
      expect(twins(nodeRedis, name).some((n) => covered.has(n))).toBe(true);
    });

    it.each(names)('%s is in x, one definition with its twins', (name) => {
      expect(x).toBeDefined();
      expect(Object.hasOwn(x!, name)).toBe(true);
      expect(twins(x!, name)).toEqual(twins(nodeRedis, name));
    });

    it.each(names)('%s carries node-redis flags', (name) => {
      const flags = (d: object | undefined) => {
        const o = (d ?? {}) as Record<string, unknown>;
        return { IS_READ_ONLY: o.IS_READ_ONLY, NOT_KEYED_COMMAND: o.NOT_KEYED_COMMAND, CACHEABLE: o.CACHEABLE, IS_FORWARD_COMMAND: o.IS_FORWARD_COMMAND };
      };
      expect(flags(x?.[name])).toEqual(flags(nodeRedis[name]));
    });

    it('x has nothing node-redis lacks', () => {
      expect(Object.keys(x ?? {}).filter((n) => !Object.hasOwn(nodeRedis, n))).toEqual([]);
    });

    it('every case names a command of the record', () => {
      expect([...covered].filter((n) => !Object.hasOwn(nodeRedis, n))).toEqual([]);
    });
  });
}
