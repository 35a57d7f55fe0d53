import type { Command, CommandParser } from '@x/modules';
import { mapLikeEntries } from './helpers/map-like';

/** A loaded module as `MODULE LIST` describes it (`name`, `ver`, and since Redis 7 `path`, `args`). */
export type ModuleListEntry = Record<string, unknown>;

function moduleEntry(reply: unknown): ModuleListEntry {
  const entry: ModuleListEntry = {};
  for (const [key, value] of mapLikeEntries(reply)) entry[key] = value;
  return entry;
}

/**
 * `MODULE LIST`: the loaded modules, each as a plain object with string keys in both protocols and
 * under every `MAP` mapping (node-redis's shape).
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('MODULE', 'LIST');
  },
  transformReply: (reply: Array<unknown>): Array<ModuleListEntry> => reply.map(moduleEntry),
} as const satisfies Command;
