import type { Command } from './command';
import { BasicCommandParser } from './command-parser';
import type { Tail } from './reply';

/**
 * Runs a definition's `parseCommand` with these arguments and returns the filled parser: its
 * `redisArgs`, `keys`, `firstKey` and `preserve`. For `MULTI` queues, raw-argument paths and tests;
 * the attached methods build their parser themselves. Parses for RESP3 (`parser.respVersion`).
 */
export function parseCommandArguments<C extends Command>(
  command: C,
  ...args: Tail<Parameters<C['parseCommand']>>
): BasicCommandParser {
  const parser = new BasicCommandParser();
  (command.parseCommand as (parser: BasicCommandParser, ...args: Array<unknown>) => void)(parser, ...args);
  return parser;
}
