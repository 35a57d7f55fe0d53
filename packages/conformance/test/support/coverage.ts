// Every node-redis command of a group has at least one case, and x has it under each of node-redis's names.
import { COMMANDS as X_COMMANDS } from '@x/client';
import type { Command } from '@x/modules';
import type { Case } from './cases';
import { oracle } from './oracle';

/**
 * Registers a test asserting that each node-redis command in `names` (upper-case spellings) is the
 * method of at least one case (by either spelling), and that x has a method under every name
 * node-redis gives that command.
 */
export function describeCoverage(title: string, cases: ReadonlyArray<Case>, names: ReadonlyArray<string>): void {
  describe(`${title}: coverage`, () => {
    it('has a case for every node-redis command of the group', () => {
      const covered = new Set(cases.map((c) => oracle.commands[c.method]).filter((d) => d !== undefined));
      const missing = names.filter((name) => {
        const definition = oracle.commands[name];
        return definition === undefined || !covered.has(definition);
      });
      expect(missing).toEqual([]);
    });

    it('has every node-redis name of those commands in x', () => {
      const x = X_COMMANDS as Record<string, unknown>;
      const wanted = new Set(names.map((name) => oracle.commands[name]));
      const absent = Object.keys(oracle.commands).filter((name) => wanted.has(oracle.commands[name]) && typeof x[name] !== 'object');
      expect(absent).toEqual([]);
      // Each name of one node-redis command is one x definition.
      for (const name of names) {
        const aliases = Object.keys(oracle.commands).filter((n) => oracle.commands[n] === oracle.commands[name]);
        expect(new Set(aliases.map((n) => x[n])).size).toBe(1);
      }
    });

    it('routes to replicas and caches as node-redis does (IS_READ_ONLY, CACHEABLE)', () => {
      // node-redis 6.4 derives both from the server's flags unless a definition says otherwise
      // (isReplicaSafe / isCacheable); x's definitions carry the result.
      const x = X_COMMANDS as unknown as Record<string, Command>;
      const wrong: string[] = [];
      for (const name of names) {
        const sample = cases.find((c) => oracle.commands[c.method] === oracle.commands[name]);
        const nrDef = oracle.commands[name]!;
        const parser = new oracle.BasicCommandParser();
        nrDef.parseCommand(parser, ...(typeof sample!.args === 'function' ? sample!.args() : sample!.args));
        const meta = oracle.metadata.defaultCommandMetadata.lookup(parser.commandIdentifier);
        const readOnly = oracle.metadata.isReplicaSafe(meta, nrDef.IS_READ_ONLY);
        const cacheable = oracle.metadata.isCacheable(meta, nrDef.CACHEABLE);
        if ((x[name]!.IS_READ_ONLY === true) !== readOnly) wrong.push(`${name}: IS_READ_ONLY should be ${readOnly}`);
        if ((x[name]!.CACHEABLE === true) !== cacheable) wrong.push(`${name}: CACHEABLE should be ${cacheable}`);
      }
      expect(wrong).toEqual([]);
    });
  });
}
