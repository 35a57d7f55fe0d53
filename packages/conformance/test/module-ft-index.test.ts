// The index half of the `ft` namespace (@x/query-engine's INDEX_COMMANDS) against node-redis's
// `@redis/search`: every command of that half has a case under each of node-redis's names, x has
// each name (twins sharing one definition) with node-redis's routing flags, and the cases compare.
import { DEFAULT_MODULES } from '@x/cluster';
import { describeCases } from './support/cases';
import { oracle, type OracleCommand } from './support/oracle';
import { FT_INDEX_COMMANDS, ftIndexCases } from './cases/module-ft-index';

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
