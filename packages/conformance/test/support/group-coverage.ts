// What every group's test file asserts besides its cases: each node-redis command of the group (under
// every name node-redis has for it) has a case, and x's definition carries node-redis's routing flags —
// IS_READ_ONLY as node-redis routes it (its explicit flag, else its command table: keyed non-writes go
// to replicas) and CACHEABLE as its client-side cache decides.
import { createRequire } from 'node:module';
import { COMMANDS as X_COMMANDS } from '@x/client/node-connection';
import type { Case } from './cases';
import { oracle, type OracleCommand } from './oracle';

interface CommandMeta {
  flags?: ReadonlyArray<string>;
  tips?: ReadonlyArray<string>;
  isKeyless?: boolean;
}

interface Metadata {
  defaultCommandMetadata: { lookup(id: { command: string; subcommand: string | undefined }): CommandMeta | undefined };
  isReplicaSafe(meta: CommandMeta | undefined, override: boolean | undefined): boolean;
  isCacheable(meta: CommandMeta | undefined, override: boolean | undefined): boolean;
}

const requireFromRedis = createRequire(require.resolve('redis/package.json')) as (id: string) => unknown;
const metadata = requireFromRedis('@redis/client/dist/lib/command-metadata') as Metadata;

type Definition = OracleCommand & { CACHEABLE?: boolean };

/** Every name node-redis has for the definition of `upper` (both spellings, odd ones included). */
export function nodeRedisNames(upper: string): string[] {
  const definition = oracle.commands[upper];
  if (definition === undefined) throw new Error(`node-redis has no ${upper}`);
  return Object.keys(oracle.commands).filter((name) => oracle.commands[name] === definition);
}

/** The command and subcommand node-redis looks its table up by, from the words a call sends. */
function identifier(definition: OracleCommand, args: ReadonlyArray<unknown>) {
  const parser = new oracle.BasicCommandParser();
  definition.parseCommand(parser, ...args);
  const words = parser.redisArgs.map(String);
  return { command: words[0]!, subcommand: words[1] };
}

/** The flags to compare for one node-redis command, from one of its cases' arguments. */
function expectedFlags(upper: string, args: ReadonlyArray<unknown>) {
  const definition = oracle.commands[upper] as Definition;
  const meta = metadata.defaultCommandMetadata.lookup(identifier(definition, args));
  return {
    IS_READ_ONLY: metadata.isReplicaSafe(meta, definition.IS_READ_ONLY),
    CACHEABLE: metadata.isCacheable(meta, definition.CACHEABLE),
  };
}

/**
 * Tests that every node-redis command in `uppers` has a case under each of its names in `cases`, that
 * x has each name, and that x's flags are node-redis's.
 */
export function describeGroupCoverage(title: string, uppers: ReadonlyArray<string>, cases: ReadonlyArray<Case>): void {
  describe(`${title}: coverage of node-redis's commands`, () => {
    const byMethod = new Map<string, Case>();
    for (const c of cases) if (!byMethod.has(c.method)) byMethod.set(c.method, c);

    it('has a case for every name node-redis has for each command of the group', () => {
      const missing = uppers.flatMap(nodeRedisNames).filter((name) => !byMethod.has(name));
      expect(missing).toEqual([]);
    });

    it('has a definition under every one of those names', () => {
      const x = X_COMMANDS as unknown as Record<string, unknown>;
      expect(uppers.flatMap(nodeRedisNames).filter((name) => x[name] === undefined)).toEqual([]);
    });

    it("carries node-redis's IS_READ_ONLY and CACHEABLE", () => {
      const x = X_COMMANDS as unknown as Record<string, Definition>;
      const wrong: string[] = [];
      for (const upper of uppers) {
        const sample = nodeRedisNames(upper).map((name) => byMethod.get(name)).find((c) => c !== undefined);
        if (sample === undefined) continue; // reported by the first test
        const args = typeof sample.args === 'function' ? sample.args() : sample.args;
        const want = expectedFlags(upper, args);
        const have = { IS_READ_ONLY: x[upper]?.IS_READ_ONLY === true, CACHEABLE: x[upper]?.CACHEABLE === true };
        if (want.IS_READ_ONLY !== have.IS_READ_ONLY || want.CACHEABLE !== have.CACHEABLE) {
          wrong.push(`${upper}: x ${JSON.stringify(have)}, node-redis ${JSON.stringify(want)}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  });
}
