import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/** One key of a command line and how the command uses it. */
export interface CommandKeyAndFlags {
  key: string;
  /** `RW`, `access`, `update`, … (a `Set` under the `SET` mapping in RESP3). */
  flags: Array<string>;
}

/** `COMMAND GETKEYSANDFLAGS command [arg …]`: each key of a full command line with its flags, as `{ key, flags }`. */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, args: RedisVariadicArgument) {
    parser.push('COMMAND', 'GETKEYSANDFLAGS');
    parser.pushVariadic(args);
  },
  transformReply: (reply: Array<[unknown, unknown]>): Array<CommandKeyAndFlags> =>
    reply.map(([key, flags]) => ({ key: key as string, flags: flags as Array<string> })),
} as const satisfies Command;
