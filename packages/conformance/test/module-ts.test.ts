// The `ts` namespace: every case's definitions compared (wire arguments and keys, transforms of sample
// replies under every type mapping), and node-redis's whole record covered.
import { DEFAULT_MODULES } from '@x/cluster';
import { createRequire } from 'node:module';
import { describeCases } from './support/cases';
import { oracle } from './support/oracle';
import { compareUnderMappings, tsCases } from './cases/module-ts';

describeCases('module ts', tsCases);

describe('module ts: transforms on samples decoded for each type mapping', () => {
  for (const c of tsCases) {
    if (c.wire === undefined) continue;
    it(`${c.method} ${c.name ?? JSON.stringify(typeof c.args === 'function' ? c.args() : c.args).slice(0, 80)}`, () => {
      const mismatches: string[] = [];
      compareUnderMappings(c, mismatches);
      if (mismatches.length > 0) throw new Error(`${mismatches.length} mismatch(es):\n  ${mismatches.join('\n  ')}`);
    });
  }
});

describe("module ts: node-redis's record", () => {
  const nr = oracle.modules.ts!;
  const x = DEFAULT_MODULES.ts as unknown as Record<string, unknown>;
  const twins = (name: string) => Object.keys(nr).filter((other) => nr[other] === nr[name]);

  it('x has every key of node-redis, each pointing at the same definition as its twin, and no other', () => {
    const wrong: string[] = [];
    for (const name of Object.keys(nr)) {
      if (x[name] === undefined) wrong.push(`${name}: missing`);
      for (const twin of twins(name)) if (x[twin] !== x[name]) wrong.push(`${name} and ${twin} differ`);
    }
    for (const name of Object.keys(x)) if (!Object.hasOwn(nr, name)) wrong.push(`${name}: not node-redis's`);
    expect(wrong).toEqual([]);
    expect(new Set(Object.values(x)).size).toBe(new Set(Object.values(nr)).size);
  });

  it("every key has a case (either spelling)", () => {
    const covered = new Set(tsCases.map((c) => nr[c.method.slice('ts.'.length)]));
    expect(Object.keys(nr).filter((name) => !covered.has(nr[name]))).toEqual([]);
  });

  it("x's flags are node-redis's (IS_READ_ONLY, NOT_KEYED_COMMAND, CACHEABLE)", () => {
    const flags = (def: unknown) => {
      const d = def as Record<string, unknown>;
      return { IS_READ_ONLY: d.IS_READ_ONLY, NOT_KEYED_COMMAND: d.NOT_KEYED_COMMAND, CACHEABLE: d.CACHEABLE };
    };
    for (const name of Object.keys(nr)) expect([name, flags(x[name])]).toEqual([name, flags(nr[name])]);
  });

  it("@x/time-series exports the record as `ts` and default, and node-redis's constants", () => {
    // Not a dependency of this package: reached from @x/cluster, which depends on it.
    const timeSeries = createRequire(require.resolve('@x/cluster/package.json'))('@x/time-series') as Record<string, unknown>;
    expect(timeSeries.ts).toBe(DEFAULT_MODULES.ts);
    expect(timeSeries.default).toBe(timeSeries.ts);
    const requireFromRedis = createRequire(require.resolve('redis/package.json'));
    const nrPackage = requireFromRedis('@redis/time-series') as Record<string, unknown>;
    for (const name of Object.keys(nrPackage)) {
      if (name === 'default') continue;
      expect([name, timeSeries[name]]).toEqual([name, nrPackage[name]]);
    }
  });
});

// With a keyPrefix, the keys each definition pushes (MADD's, NRANGE's, CREATERULE's two) get it alike.
describeCases('module ts (keyPrefix)', tsCases, { keyPrefix: 'app:' });
