// The generator's plan and output: which commands are generated, hand-tuned, or no method at all,
// and the files of `src/commands/generated/`.
import { readdirSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { NOT_A_METHOD } from './exceptions';
import type { CommandMeta, CommandTable } from './metadata';
import { fileName } from './names';
import { renderCommand, renderIndex } from './render';
import { SignatureError } from './signature';

/** Every command of a server, sorted into what becomes of it. */
export interface CommandPlan {
  /** Written to `generated/<file>.ts`. */
  generated: Array<CommandMeta>;
  /** A hand-written `src/commands/<file>.ts` defines it. */
  handTuned: Array<CommandMeta>;
  /** No method, for the reason in `NOT_A_METHOD`. */
  exceptions: Array<CommandMeta>;
  /**
   * `CLIENT`, `CONFIG`, …: not callable without a subcommand (each subcommand is planned on its own).
   * `COMMAND` (arity -1) is callable alone, so it is planned as a command too.
   */
  containers: Array<CommandMeta>;
}

/** The hand-written definition files of `commandsDir` (`set`, `client-getname`, …), without tests. */
export function handTunedFiles(commandsDir: string): Set<string> {
  return new Set(
    readdirSync(commandsDir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.test-d.ts') && file !== 'index.ts')
      .map((file) => file.slice(0, -'.ts'.length)),
  );
}

export function planCommands(table: CommandTable, handTuned: ReadonlySet<string>): CommandPlan {
  const plan: CommandPlan = { generated: [], handTuned: [], exceptions: [], containers: [] };
  for (const meta of table.commands) {
    if (meta.subcommands.length > 0) {
      plan.containers.push(meta);
      if (!isCallableAlone(meta)) continue;
    }
    if (NOT_A_METHOD[meta.name] !== undefined) plan.exceptions.push(meta);
    else if (handTuned.has(fileName(meta.name))) plan.handTuned.push(meta);
    else plan.generated.push(meta);
  }
  return plan;
}

/** A container whose arity allows no subcommand (`COMMAND`: -1). */
export function isCallableAlone(meta: CommandMeta): boolean {
  return meta.subcommands.length === 0 || meta.arity === -1;
}

/**
 * The files of `generated/` (name → text) for a server's command table. Throws listing every
 * command whose arguments cannot be mapped (hand-tune those).
 */
export function generateFiles(table: CommandTable, handTuned: ReadonlySet<string>): Map<string, string> {
  const plan = planCommands(table, handTuned);
  const files = new Map<string, string>();
  const failures: Array<string> = [];
  for (const meta of plan.generated) {
    try {
      files.set(`${fileName(meta.name)}.ts`, renderCommand(meta, table.version));
    } catch (error) {
      if (!(error instanceof SignatureError)) throw error;
      failures.push(error.message);
    }
  }
  if (failures.length > 0) throw new Error(`cannot generate:\n${failures.join('\n')}`);
  files.set('index.ts', renderIndex(plan.generated, (meta) => fileName(meta.name), table.version));
  return files;
}

/** Replaces the `.ts` files of `dir` with `files` (removing ones no longer generated). */
export function writeFiles(dir: string, files: ReadonlyMap<string, string>): void {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  for (const file of readdirSync(dir)) {
    if (file.endsWith('.ts') && !files.has(file)) rmSync(join(dir, file));
  }
  for (const [file, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) writeFileSync(join(dir, file), text);
}
