import type { Command, CommandParser } from '@x/modules';
import { commandReply, type CommandReply } from './helpers/command-reply';

/**
 * `COMMAND`: every command the server knows, each shaped as node-redis shapes it
 * (`{ name, arity, flags: Set, …, policies, keySpecs, subcommands }`) in both protocols.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('COMMAND');
  },
  transformReply: (reply: Array<Array<unknown>>): Array<CommandReply> => reply.map(commandReply),
} as const satisfies Command;
