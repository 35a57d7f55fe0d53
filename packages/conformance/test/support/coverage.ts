// Every node-redis command name of a group has a case, and x has it under both of node-redis's names.
import { COMMANDS as X_COMMANDS } from '@x/client/node-connection';
import type { Case } from './cases';
import { oracle } from './oracle';

/** node-redis's names (both spellings) of the definition `upper` names. */
function spellingsOf(upper: string): string[] {
  const definition = oracle.commands[upper];
  return Object.keys(oracle.commands).filter((name) => oracle.commands[name] === definition);
}

export function describeCoverage(title: string, commands: ReadonlyArray<string>, cases: ReadonlyArray<Case>): void {
  describe(`${title}: coverage`, () => {
    it('every command of the group is a node-redis command', () => {
      expect(commands.filter((name) => oracle.commands[name] === undefined)).toEqual([]);
    });

    it('every command of the group has at least one case', () => {
      const covered = new Set(cases.map((c) => oracle.commands[c.method]));
      expect(commands.filter((name) => !covered.has(oracle.commands[name]))).toEqual([]);
    });

    it("x has every command under each of node-redis's names, one definition for all of them", () => {
      const x = X_COMMANDS as Record<string, unknown>;
      const wrong: string[] = [];
      for (const upper of commands) {
        const names = spellingsOf(upper);
        if (names.length < 2) wrong.push(`${upper}: node-redis has ${names.join(', ')}`);
        for (const name of names) if (x[name] === undefined || x[name] !== x[upper]) wrong.push(name);
      }
      expect(wrong).toEqual([]);
    });
  });
}
