import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';
import { commandReply, type CommandReply } from './helpers/command-reply';

/**
 * `COMMAND INFO [command …]`: each named command shaped as `COMMAND` shapes it, or null for a name
 * the server does not know.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, commands?: RedisVariadicArgument) {
    parser.push('COMMAND', 'INFO');
    if (commands !== undefined) parser.pushVariadic(commands);
  },
  transformReply: (reply: Array<Array<unknown> | null>): Array<CommandReply | null> =>
    reply.map((entry) => (entry === null ? null : commandReply(entry))),
} as const satisfies Command;
