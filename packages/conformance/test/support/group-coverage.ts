// Every node-redis command name of a group has at least one case: a method x lacks, or one nobody
// wrote a case for, fails here rather than going unnoticed.
import type { Case } from './cases';
import { oracle } from './oracle';

/** Registers a test that each of `names` (node-redis's upper-case spellings) is a node-redis command with a case. */
export function describeGroupCoverage(title: string, names: ReadonlyArray<string>, cases: ReadonlyArray<Case>): void {
  it(`${title}: every node-redis command of the group has a case`, () => {
    expect(names.filter((name) => oracle.commands[name] === undefined)).toEqual([]);
    const covered = new Set(cases.map((c) => oracle.commands[c.method]));
    expect(names.filter((name) => !covered.has(oracle.commands[name]))).toEqual([]);
  });
}
