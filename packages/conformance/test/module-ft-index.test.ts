// The index half of the `ft` namespace (@x/query-engine's INDEX_COMMANDS) against node-redis's
// `@redis/search`: every command of that half has a case under each of node-redis's names, x has
// each name (twins sharing one definition) with node-redis's routing flags, and the cases compare.
import { createClient as createXClient, DEFAULT_MODULES } from '@x/cluster';
import { redisearchModule, startRedisServer, type RedisServer } from '@x/test-utils';
import { canonical, sameCanonical, show } from './support/canonical';
import { compareDefinitions, describeCases, MAPPINGS, type MappingName } from './support/cases';
import { oracle, type OracleCommand } from './support/oracle';
import { PROTOCOLS, type Callable } from './support/targets';
import { blankGcFrequency, FT_INDEX_COMMANDS, FT_INDEX_LIVE_SCRIPT, ftIndexCases } from './cases/module-ft-index';

/** The other half (qe-search's): listed so that a command node-redis adds fails here until placed. */
const FT_SEARCH_COMMANDS = [
  'SEARCH', 'SEARCH_NOCONTENT', 'AGGREGATE', 'AGGREGATE_WITHCURSOR', 'CURSOR_READ', 'PROFILESEARCH', 'PROFILEAGGREGATE',
  'HYBRID', 'EXPLAIN', 'SPELLCHECK', 'CONFIG_GET',
];

type Definition = OracleCommand & { NOT_KEYED_COMMAND?: boolean };

const nrFt = oracle.modules.ft as Record<string, Definition>;
const xFt = (DEFAULT_MODULES as unknown as Record<string, Record<string, Definition>>).ft!;

/** Every name node-redis's `ft` has for the definition it files under `upper`. */
function namesOf(upper: string): string[] {
  const definition = nrFt[upper];
  if (definition === undefined) throw new Error(`node-redis's ft has no ${upper}`);
  return Object.keys(nrFt).filter((name) => nrFt[name] === definition);
}

describe("ft (index half): coverage of node-redis's commands", () => {
  it("places every command of node-redis's ft in one half", () => {
    const placed = new Set([...FT_INDEX_COMMANDS, ...FT_SEARCH_COMMANDS].flatMap(namesOf));
    expect(Object.keys(nrFt).filter((name) => !placed.has(name))).toEqual([]);
  });

  const methods = new Set(ftIndexCases.map((c) => c.method));
  for (const upper of FT_INDEX_COMMANDS) {
    it(`${upper}: every name has a case and a definition, one per command, with node-redis's flags`, () => {
      const names = namesOf(upper);
      expect(names.length).toBeGreaterThanOrEqual(2);
      expect(names.filter((name) => !methods.has(`ft.${name}`))).toEqual([]);
      expect(names.filter((name) => !Object.hasOwn(xFt, name))).toEqual([]);
      const definition = xFt[upper]!;
      for (const name of names) expect(xFt[name]).toBe(definition);
      const flags = (d: Definition) => ({ IS_READ_ONLY: d.IS_READ_ONLY === true, NOT_KEYED_COMMAND: d.NOT_KEYED_COMMAND === true });
      expect(flags(definition)).toEqual(flags(nrFt[upper]!));
    });
  }
});

describeCases('ft (index half)', ftIndexCases);

// keyPrefix: node-redis prefixes what its definitions push as keys (the suggestion dictionaries) and
// nothing else (index, alias and dictionary names); x must prefix the same arguments.
describe('ft (index half) with a keyPrefix: the arguments and keys each definition sends', () => {
  for (const [prefixName, prefix] of [['a string prefix', 'pfx:'], ['a Buffer prefix', Buffer.from([0x70, 0xfe, 0x3a])]] as const) {
    it(prefixName, () => {
      const mismatches: string[] = [];
      for (const c of ftIndexCases) {
        const found: string[] = [];
        compareDefinitions({ method: c.method, args: c.args }, found, prefix);
        mismatches.push(...found.map((m) => `${c.method} ${c.name ?? ''}: ${m}`));
      }
      expect(mismatches).toEqual([]);
    });
  }
});

// Live, where a server can run it: the forms RediSearch 1.2 (Debian's module) also accepts, on a
// server of their own with the module loaded, node-redis then x on an emptied keyspace, every
// protocol and type mapping; each step's reply or server error compared.
describe('ft (index half), live on RediSearch 1.2', () => {
  let server: RedisServer;
  const clients: Callable[] = [];

  beforeAll(async () => {
    server = await startRedisServer({ loadModules: [redisearchModule()] });
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close().catch(() => undefined)));
    await server?.stop();
  });

  async function connect(resp: 2 | 3) {
    const url = `redis://127.0.0.1:${server.port}`;
    const silence = () => undefined;
    const nr = oracle.redis.createClient({ url, RESP: resp }).on('error', silence);
    const x = createXClient({ url, RESP: resp }).on('error', silence);
    await Promise.all([nr.connect(), x.connect()]);
    const pair = { nr: nr as unknown as Callable, x: x as unknown as Callable };
    clients.push(pair.nr, pair.x);
    return pair;
  }

  async function runScript(client: Callable, view: Callable): Promise<unknown[]> {
    const send = (args: ReadonlyArray<string>) => (client['sendCommand'] as (a: ReadonlyArray<string>) => Promise<unknown>)(args);
    await send(['FT.DROP', 'idx']).catch(() => undefined);
    await send(['FLUSHALL']);
    const outcomes: unknown[] = [];
    for (const step of FT_INDEX_LIVE_SCRIPT) {
      if ('raw' in step) {
        await send(step.raw);
        continue;
      }
      const namespace = view['ft'] as Record<string, (...args: unknown[]) => Promise<unknown>>;
      try {
        outcomes.push({ [step.method]: blankGcFrequency(await namespace[step.method]!.apply(namespace, [...step.args])) });
      } catch (error) {
        outcomes.push({ [step.method]: { error: (error as Error).message } });
      }
    }
    return outcomes;
  }

  for (const resp of PROTOCOLS) {
    for (const mapping of [undefined, ...(Object.keys(MAPPINGS) as MappingName[])]) {
      it(`RESP${resp}, mapping ${mapping ?? 'none'}: the same replies and errors`, async () => {
        const { nr, x } = await connect(resp);
        const view = (c: Callable) => (mapping === undefined ? c : c.withTypeMapping(MAPPINGS[mapping]));
        const expected = canonical(await runScript(nr, view(nr)));
        const actual = canonical(await runScript(x, view(x)));
        if (!sameCanonical(actual, expected)) throw new Error(`x:          ${show(actual)}\nnode-redis: ${show(expected)}`);
        // The script must have done something: the suggestions were counted (not every step an error).
        expect(JSON.stringify(expected)).toMatch(/\{"sugLen":"?2"?\}/);
      });
    }
  }
});
