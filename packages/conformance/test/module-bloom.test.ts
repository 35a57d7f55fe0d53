// RedisBloom's bf, cf and cms namespaces: x's definitions against node-redis's (@redis/bloom), unit-only.
import { createRequire } from 'node:module';
import { DEFAULT_MODULES } from '@x/cluster';
import { describeCases } from './support/cases';
import { oracle, type OracleCommand } from './support/oracle';
import { BLOOM_NAMESPACES, bloomCases, compareMappedTransforms } from './cases/module-bloom';

type Definition = OracleCommand & { CACHEABLE?: boolean; NOT_KEYED_COMMAND?: boolean };
type Records = Record<string, Record<string, Definition>>;
const nr = oracle.modules as Records;
const x = DEFAULT_MODULES as unknown as Records;

interface CommandMeta {
  flags?: ReadonlyArray<string>;
}
const requireFromRedis = createRequire(require.resolve('redis/package.json')) as (id: string) => unknown;
const metadata = requireFromRedis('@redis/client/dist/lib/command-metadata') as {
  defaultCommandMetadata: { lookup(id: { command: string; subcommand: string | undefined }): CommandMeta | undefined };
  isReplicaSafe(meta: CommandMeta | undefined, override: boolean | undefined): boolean;
  isCacheable(meta: CommandMeta | undefined, override: boolean | undefined): boolean;
};

describeCases('module bloom (bf, cf, cms)', bloomCases);
// The same calls on clients with a keyPrefix: every key (CMS.MERGE's sources too) prefixed alike.
describeCases('module bloom (bf, cf, cms), keyPrefix', bloomCases.map((c) => ({ ...c, unitOnly: { reason: c.unitOnly!.reason } })), { keyPrefix: 'app:' });

describe('module bloom: transforms on the wire samples decoded under each type mapping', () => {
  for (const c of bloomCases.filter((c) => c.wire !== undefined)) {
    it(`${c.method} ${c.name ?? JSON.stringify(c.args).slice(0, 80)}`, () => {
      const mismatches: string[] = [];
      compareMappedTransforms(c, mismatches);
      if (mismatches.length > 0) throw new Error(`${mismatches.length} mismatch(es):\n  ${mismatches.join('\n  ')}`);
    });
  }
});

describe("module bloom: coverage of node-redis's bf, cf and cms", () => {
  const covered = new Set(bloomCases.map((c) => c.method));

  it('has a case for every name in each namespace', () => {
    const missing = BLOOM_NAMESPACES.flatMap((ns) => Object.keys(nr[ns]!).map((name) => `${ns}.${name}`)).filter((m) => !covered.has(m));
    expect(missing).toEqual([]);
  });

  it("has every name of node-redis's records, and no other", () => {
    for (const ns of BLOOM_NAMESPACES) {
      expect(Object.keys(x[ns]!).sort()).toEqual(Object.keys(nr[ns]!).sort());
    }
  });

  it('points both spellings of a command at one definition, as node-redis does', () => {
    const wrong: string[] = [];
    for (const ns of BLOOM_NAMESPACES) {
      const names = Object.keys(nr[ns]!);
      for (const a of names) {
        for (const b of names) {
          if (a < b && (nr[ns]![a] === nr[ns]![b]) !== (x[ns]![a] === x[ns]![b])) wrong.push(`${ns}.${a} / ${ns}.${b}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("routes as node-redis does: IS_READ_ONLY per the server's command table, no CACHEABLE against it, keyed", () => {
    const wrong: string[] = [];
    for (const ns of BLOOM_NAMESPACES) {
      for (const [name, nrDef] of Object.entries(nr[ns]!)) {
        const sample = bloomCases.find((c) => c.method === `${ns}.${name}`)!;
        const parser = new oracle.BasicCommandParser();
        nrDef.parseCommand(parser, ...(typeof sample.args === 'function' ? sample.args() : sample.args));
        const meta = metadata.defaultCommandMetadata.lookup({ command: String(parser.redisArgs[0]), subcommand: undefined });
        const xDef = x[ns]![name]!;
        const readOnly = metadata.isReplicaSafe(meta, nrDef.IS_READ_ONLY);
        const cacheable = metadata.isCacheable(meta, nrDef.CACHEABLE);
        // x's client caches a command by its definition's CACHEABLE, else by node-redis's list (which
        // has these names): a definition that says nothing is right; one that says must agree.
        if ((xDef.IS_READ_ONLY === true) !== readOnly) wrong.push(`${ns}.${name}: IS_READ_ONLY ${String(xDef.IS_READ_ONLY)}, node-redis ${readOnly}`);
        if (xDef.CACHEABLE !== undefined && xDef.CACHEABLE !== cacheable) wrong.push(`${ns}.${name}: CACHEABLE ${xDef.CACHEABLE}, node-redis ${cacheable}`);
        if (xDef.NOT_KEYED_COMMAND !== undefined) wrong.push(`${ns}.${name}: NOT_KEYED_COMMAND set`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
