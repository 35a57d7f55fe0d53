// Shared by the group tests: a table of calls, each with the wire arguments and keys it must produce.
import { BasicCommandParser, type Command } from '@x/modules';

/** `[method, args, wire arguments, keys]`. */
export type WireRow = [method: string, args: ReadonlyArray<unknown>, wire: ReadonlyArray<string | Buffer>, keys: ReadonlyArray<string | Buffer>];

/** The wire arguments and keys a definition produces for `args`. */
export function wireOf(command: Command, args: ReadonlyArray<unknown>): { wire: unknown[]; keys: unknown[] } {
  const parser = new BasicCommandParser();
  (command.parseCommand as (p: BasicCommandParser, ...a: ReadonlyArray<unknown>) => void)(parser, ...args);
  return { wire: [...parser.redisArgs], keys: [...parser.keys] };
}

/** Every upper-case name of `group` is also registered under its camel-case name, as the same definition. */
export function camelTwins(group: Record<string, unknown>): Array<[string, string]> {
  const byDefinition = new Map<unknown, string[]>();
  for (const [name, definition] of Object.entries(group)) {
    byDefinition.set(definition, [...(byDefinition.get(definition) ?? []), name]);
  }
  return [...byDefinition.values()].map((names) => [names.find((n) => n === n.toUpperCase()) ?? '', names.find((n) => n !== n.toUpperCase()) ?? '']);
}
