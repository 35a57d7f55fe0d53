// Type mappings, x against node-redis: for every RESP type node-redis's TypeMapping names and every
// value it takes, raw commands that produce that type (DEBUG PROTOCOL for each RESP3 type, real
// commands and Lua replies for both protocols, nested in arrays, maps and sets) go through
// `sendCommand` on node-redis and on x, in RESP3 and RESP2, with the mapping given three ways —
// `withTypeMapping(m)`, `sendCommand(args, { typeMapping: m })` and `createClient({ commandOptions:
// { typeMapping: m } })` — and through `multi()`; the replies are compared (Buffers by bytes, Maps and
// Sets by entries in order). Where node-redis is wrong, x keeps its own behaviour: each such case is
// listed in KNOWN_DIFFERENCES with the reason, and x's own result is asserted instead.
import fs from 'node:fs';
import path from 'node:path';
import { createClient as createXClient, RESP_TYPES, VerbatimString as XVerbatimString } from '@x/client';
import { sharedServer } from '@x/test-utils';
import { canonical, sameCanonical, show, type Canonical } from './support/canonical';
import { oracle } from './support/oracle';

type Lib = 'x' | 'nr';
type Resp = 2 | 3;
type Mapping = Record<number, unknown>;

interface Client {
  sendCommand(args: ReadonlyArray<string>, options?: { typeMapping?: Mapping }): Promise<unknown>;
  withTypeMapping(mapping: Mapping): Client;
  multi(): { addCommand(args: ReadonlyArray<string>): unknown; exec(): Promise<unknown[]> };
  close(): Promise<unknown>;
  on(event: 'error', listener: () => void): Client;
  connect(): Promise<unknown>;
}

const server = sharedServer();
const url = `redis://127.0.0.1:${server.port}`;

// ---------------------------------------------------------------------------------------------
// Every mapping node-redis's TypeMapping type allows, one RESP type at a time, then combined.

interface MappingCase {
  name: string;
  /** The mapping for each library (only VERBATIM_STRING → VerbatimString differs: each its own class). */
  of(lib: Lib): Mapping;
}

const T = RESP_TYPES;
const one = (name: string, code: number, value: unknown): MappingCase => ({ name, of: () => ({ [code]: value }) });

const MAPPINGS: MappingCase[] = [
  one('NULL → () => null (ignored by both)', T.NULL, () => null),
  one('BOOLEAN → Boolean (ignored by both)', T.BOOLEAN, Boolean),
  one('NUMBER → Number', T.NUMBER, Number),
  one('NUMBER → String', T.NUMBER, String),
  one('BIG_NUMBER → BigInt', T.BIG_NUMBER, BigInt),
  one('BIG_NUMBER → Number', T.BIG_NUMBER, Number),
  one('BIG_NUMBER → String', T.BIG_NUMBER, String),
  one('DOUBLE → Number', T.DOUBLE, Number),
  one('DOUBLE → String', T.DOUBLE, String),
  one('SIMPLE_STRING → String', T.SIMPLE_STRING, String),
  one('SIMPLE_STRING → Buffer', T.SIMPLE_STRING, Buffer),
  one('BLOB_STRING → String', T.BLOB_STRING, String),
  one('BLOB_STRING → Buffer', T.BLOB_STRING, Buffer),
  one('VERBATIM_STRING → String', T.VERBATIM_STRING, String),
  one('VERBATIM_STRING → Buffer', T.VERBATIM_STRING, Buffer),
  {
    name: 'VERBATIM_STRING → VerbatimString',
    of: (lib) => ({ [T.VERBATIM_STRING]: lib === 'x' ? XVerbatimString : oracle.redis.VerbatimString }),
  },
  one('SIMPLE_ERROR → Buffer (ignored by both)', T.SIMPLE_ERROR, Buffer),
  one('BLOB_ERROR → Buffer (ignored by both)', T.BLOB_ERROR, Buffer),
  one('ARRAY → Array (ignored by both)', T.ARRAY, Array),
  one('SET → Array', T.SET, Array),
  one('SET → Set', T.SET, Set),
  one('MAP → Object', T.MAP, Object),
  one('MAP → Map', T.MAP, Map),
  one('MAP → Array', T.MAP, Array),
  { name: 'strings as Buffers (SIMPLE, BLOB, VERBATIM)', of: () => ({ [T.SIMPLE_STRING]: Buffer, [T.BLOB_STRING]: Buffer, [T.VERBATIM_STRING]: Buffer }) },
  { name: 'numbers as strings (NUMBER, DOUBLE, BIG_NUMBER)', of: () => ({ [T.NUMBER]: String, [T.DOUBLE]: String, [T.BIG_NUMBER]: String }) },
  { name: 'Map + Set + Buffer', of: () => ({ [T.MAP]: Map, [T.SET]: Set, [T.BLOB_STRING]: Buffer }) },
  { name: 'flat maps + Buffers', of: () => ({ [T.MAP]: Array, [T.BLOB_STRING]: Buffer, [T.SIMPLE_STRING]: Buffer }) },
  {
    name: 'everything',
    of: (lib) => ({
      [T.NUMBER]: String,
      [T.DOUBLE]: String,
      [T.BIG_NUMBER]: String,
      [T.SIMPLE_STRING]: Buffer,
      [T.BLOB_STRING]: Buffer,
      [T.VERBATIM_STRING]: lib === 'x' ? XVerbatimString : oracle.redis.VerbatimString,
      [T.MAP]: Map,
      [T.SET]: Set,
    }),
  },
];

// ---------------------------------------------------------------------------------------------
// Commands whose replies hold each RESP type (RESP2 gets the RESP2 form of the same data).

const lua = (script: string): string[] => ['EVAL', script, '0'];
const NESTED = lua(
  "redis.setresp(3); return {map={a={double=1.5}, b={set={'x','y'}}, c={big_number='99999999999999999999'}, d=true, e={ok='fine'}, f=12, g={1, {err='ERR nested'}, 'bulk'}}}",
);
const PROTO_KEY = lua("redis.setresp(3); return {map={['__proto__']={1, 2}}}");

interface CommandCase {
  args: string[];
  protocols?: readonly Resp[];
  /** Left out of multi() (a push or an attribute inside EXEC, or a reply that changes). */
  noMulti?: boolean;
}

const COMMANDS: CommandCase[] = [
  // Simple strings, blob strings, null.
  { args: ['PING'] },
  { args: ['PING', 'hi'] },
  { args: ['SET', 'tm:w', 'v'] },
  { args: ['TYPE', 'tm:s'] },
  { args: ['GET', 'tm:s'] },
  { args: ['GET', 'tm:missing'] },
  { args: ['ECHO', 'héllo ✓'] },
  // Integers (one beyond 2^53), doubles.
  { args: ['STRLEN', 'tm:s'] },
  { args: ['EXISTS', 'tm:s'] },
  { args: ['INCRBY', 'tm:big', '0'] },
  { args: ['ZSCORE', 'tm:z', 'a'] },
  { args: ['ZSCORE', 'tm:z', 'c'] },
  { args: ['ZRANGE', 'tm:z', '0', '-1', 'WITHSCORES'] },
  // Maps, sets, arrays, nested.
  { args: ['HGETALL', 'tm:h'] },
  { args: ['CONFIG', 'GET', 'maxmemory'] },
  { args: ['SMEMBERS', 'tm:set'] },
  { args: ['LRANGE', 'tm:l', '0', '-1'] },
  { args: ['XRANGE', 'tm:x', '-', '+'] },
  { args: NESTED },
  { args: PROTO_KEY },
  { args: lua("redis.setresp(3); return {verbatim_string={format='mkd', string='# hi'}}") },
  { args: lua("redis.setresp(3); return {big_number='-123456789012345678901234567890'}") },
  { args: lua("return {1, {err='ERR inside an array'}, {ok='QUEUED-ish'}, 'x'}") },
  // Errors at the top level.
  { args: ['INCR', 'tm:s'] },
  { args: lua("return redis.error_reply('MYERR custom')") },
  // Every RESP3 type from the server itself (RESP2 gets their RESP2 forms, or an error for push).
  ...['string', 'integer', 'double', 'bignum', 'null', 'array', 'set', 'map', 'verbatim', 'true', 'false'].map((t) => ({
    args: ['DEBUG', 'PROTOCOL', t],
  })),
  { args: ['DEBUG', 'PROTOCOL', 'attrib'], noMulti: true },
  { args: ['DEBUG', 'PROTOCOL', 'push'], noMulti: true },
];

// ---------------------------------------------------------------------------------------------
// Where node-redis is wrong: x keeps its behaviour, asserted here instead of equality.

interface KnownDifference {
  reason: string;
  applies(command: CommandCase, mapping: Mapping, resp: Resp): boolean;
  /** x's own result must be this (given node-redis's, for reference). */
  check(x: Canonical, nr: Canonical): void;
}

const isBigNumberReply = (c: CommandCase) => c.args.includes('bignum') || c.args.some((a) => a.includes('big_number'));

/** A canonical value with every bigint turned into the number it rounds to. */
function bigintsAsNumbers(value: Canonical): Canonical {
  if (Array.isArray(value)) return value.map(bigintsAsNumbers);
  if (value !== null && typeof value === 'object') {
    if (value.$ === 'bigint' && typeof value.v === 'string') return Number(value.v);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bigintsAsNumbers(v as Canonical)])) as Canonical;
  }
  return value;
}

const KNOWN_DIFFERENCES: KnownDifference[] = [
  {
    reason:
      'BIG_NUMBER → Number: node-redis types the reply as a number but its decoder ignores the mapping and returns a bigint ' +
      '(`reply + 1` then throws); x returns the number (rounded as Number() rounds)',
    applies: (c, m, resp) => resp === 3 && m[T.BIG_NUMBER] === Number && isBigNumberReply(c),
    check: (x, nr) => expect(x).toEqual(bigintsAsNumbers(nr)),
  },
  {
    reason:
      "a map key '__proto__' decoded as an object: node-redis assigns it, which replaces the object's prototype (the reply " +
      'becomes an Array-like object with no own keys); x keeps it as a plain own key',
    applies: (c, m, resp) => resp === 3 && c === COMMANDS.find((k) => k.args === PROTO_KEY) && (m[T.MAP] === undefined || m[T.MAP] === Object),
    check: (x) => expect(JSON.stringify(x)).toMatch(/^\{"__proto__":\[/),
  },
  {
    reason:
      'integers beyond 2^53 as numbers: node-redis accumulates the digits in floating point, rounding at every step ' +
      '(9223372036854775807 → 9223372036854778000); x rounds once, correctly (→ 9223372036854775808)',
    applies: (c, m) => c.args[0] === 'INCRBY' && m[T.NUMBER] !== String,
    check: (x) => expect(x).toBe(Number('9223372036854775807')),
  },
];

// ---------------------------------------------------------------------------------------------

/** How a call ended, comparable: the reply, or a server error's message. */
async function outcome(call: () => Promise<unknown>): Promise<Canonical> {
  try {
    return canonical(await call());
  } catch (error) {
    const e = error as Error & { replies?: unknown[]; errorIndexes?: number[] };
    if (Array.isArray(e.replies)) return { $: 'multi-error', v: [canonical(e.replies), canonical(e.errorIndexes)] };
    return { $: 'rejected', v: e.message };
  }
}

const silence = () => undefined;

async function connect(lib: Lib, resp: Resp, typeMapping?: Mapping): Promise<Client> {
  const options = { url, RESP: resp, ...(typeMapping === undefined ? {} : { commandOptions: { typeMapping } }) };
  const client = (lib === 'x' ? createXClient(options as never) : oracle.redis.createClient(options as never)) as unknown as Client;
  client.on('error', silence);
  await client.connect();
  return client;
}

interface Tally {
  compared: number;
  equal: number;
  differences: Map<string, number>;
  mismatches: string[];
}

const tally: Tally = { compared: 0, equal: 0, differences: new Map(), mismatches: [] };

function compare(where: string, command: CommandCase, mapping: Mapping, resp: Resp, x: Canonical, nr: Canonical): void {
  tally.compared++;
  if (sameCanonical(x, nr)) {
    tally.equal++;
    return;
  }
  const known = KNOWN_DIFFERENCES.find((d) => d.applies(command, mapping, resp));
  if (known !== undefined) {
    try {
      known.check(x, nr);
      tally.differences.set(known.reason, (tally.differences.get(known.reason) ?? 0) + 1);
      return;
    } catch (error) {
      tally.mismatches.push(`${where}: known difference, but x's own result is wrong: ${(error as Error).message}`);
      return;
    }
  }
  tally.mismatches.push(`${where}\n    x:          ${show(x)}\n    node-redis: ${show(nr)}`);
}

beforeAll(async () => {
  const setup: string[][] = [
    ['DEL', 'tm:s', 'tm:big', 'tm:z', 'tm:h', 'tm:set', 'tm:l', 'tm:x', 'tm:w'],
    ['SET', 'tm:s', 'hello'],
    ['SET', 'tm:big', '9223372036854775807'],
    ['ZADD', 'tm:z', '1.5', 'a', '2.25', 'b', 'inf', 'c'],
    ['HSET', 'tm:h', 'field', 'value', 'n', '1'],
    ['SADD', 'tm:set', 'x', 'y', 'z'],
    ['RPUSH', 'tm:l', 'a', 'b'],
    ['XADD', 'tm:x', '1-1', 'f', 'v', 'g', 'w'],
  ];
  for (const command of setup) await server.command(...command);
});

afterAll(() => {
  const dir = path.join(__dirname, '..', '.report');
  fs.mkdirSync(dir, { recursive: true });
  const summary = {
    'type-mapping cases equal / compared': `${tally.equal} / ${tally.compared}`,
    'differences kept on purpose': Object.fromEntries(tally.differences),
    mismatches: tally.mismatches.length,
  };
  fs.writeFileSync(path.join(dir, 'type-mapping.json'), JSON.stringify(summary, null, 1));
  process.stdout.write(`type mapping: ${JSON.stringify(summary, null, 1)}\n`);
});

const RUNS: Array<{ resp: Resp; mapping: MappingCase | undefined }> = [];
for (const resp of [3, 2] as const) for (const mapping of [undefined, ...MAPPINGS]) RUNS.push({ resp, mapping });

describe.each(RUNS)('RESP$resp', ({ resp, mapping }) => {
  const label = mapping?.name ?? 'no mapping';

  it(`sendCommand under ${label}: withTypeMapping, sendCommand options, commandOptions`, async () => {
    const before = tally.mismatches.length;
    const xMapping = mapping?.of('x');
    const nrMapping = mapping?.of('nr');
    const [x, nr, xByOption, nrByOption] = await Promise.all([
      connect('x', resp),
      connect('nr', resp),
      connect('x', resp, xMapping),
      connect('nr', resp, nrMapping),
    ]);
    try {
      const commands = COMMANDS.filter((c) => c.protocols === undefined || c.protocols.includes(resp));
      for (const command of commands) {
        const ways: Array<[string, () => Promise<unknown>, () => Promise<unknown>]> =
          xMapping === undefined || nrMapping === undefined
            ? [['plain', () => x.sendCommand(command.args), () => nr.sendCommand(command.args)]]
            : [
                ['withTypeMapping', () => x.withTypeMapping(xMapping).sendCommand(command.args), () => nr.withTypeMapping(nrMapping).sendCommand(command.args)],
                [
                  'sendCommand options',
                  () => x.sendCommand(command.args, { typeMapping: xMapping }),
                  () => nr.sendCommand(command.args, { typeMapping: nrMapping }),
                ],
                ['commandOptions', () => xByOption.sendCommand(command.args), () => nrByOption.sendCommand(command.args)],
              ];
        for (const [way, onX, onNr] of ways) {
          const nrOutcome = await outcome(onNr);
          const xOutcome = await outcome(onX);
          compare(`RESP${resp}, ${label}, ${way}: ${command.args.join(' ').slice(0, 60)}`, command, xMapping ?? {}, resp, xOutcome, nrOutcome);
        }
      }
      // multi(): every command that can run inside MULTI, one transaction, plus one with an error.
      const inMulti = commands.filter((c) => c.noMulti !== true && c.args[0] !== 'INCR' && !c.args.some((a) => a.includes('error_reply')));
      const views: Array<[string, Client, Client]> =
        xMapping === undefined || nrMapping === undefined
          ? [['multi', x, nr]]
          : [
              ['withTypeMapping multi', x.withTypeMapping(xMapping), nr.withTypeMapping(nrMapping)],
              ['commandOptions multi', xByOption, nrByOption],
            ];
      for (const [way, onX, onNr] of views) {
        const run = (client: Client, list: CommandCase[]) => {
          const multi = client.multi();
          for (const c of list) multi.addCommand(c.args);
          return multi.exec();
        };
        const withError = [...inMulti.slice(0, 3), { args: ['INCR', 'tm:s'] }, ...inMulti.slice(3, 6)];
        for (const [name, list] of [
          ['exec', inMulti],
          ['exec with an error reply', withError],
        ] as const) {
          const nrOutcome = await outcome(() => run(onNr, list));
          const xOutcome = await outcome(() => run(onX, list));
          // Element by element, so a known difference in one command does not hide the others.
          const xs = unwrapMulti(xOutcome);
          const nrs = unwrapMulti(nrOutcome);
          if (xs === undefined || nrs === undefined || xs.length !== nrs.length) {
            compare(`RESP${resp}, ${label}, ${way} ${name}`, { args: ['MULTI'] }, xMapping ?? {}, resp, xOutcome, nrOutcome);
            continue;
          }
          for (let i = 0; i < xs.length; i++) {
            compare(`RESP${resp}, ${label}, ${way} ${name} [${list[i]!.args.join(' ').slice(0, 40)}]`, list[i]!, xMapping ?? {}, resp, xs[i]!, nrs[i]!);
          }
        }
      }
    } finally {
      await Promise.all([x, nr, xByOption, nrByOption].map((c) => c.close().catch(() => undefined)));
    }
    const mine = tally.mismatches.slice(before);
    if (mine.length > 0) throw new Error(`${mine.length} mismatch(es):\n  ${mine.join('\n  ')}`);
  });
});

/** The replies of a multi outcome (also those carried by a MultiErrorReply), or undefined. */
function unwrapMulti(value: Canonical): Canonical[] | undefined {
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === 'object' && value.$ === 'multi-error' && Array.isArray(value.v)) {
    const replies = value.v[0];
    return Array.isArray(replies) ? replies : undefined;
  }
  return undefined;
}
