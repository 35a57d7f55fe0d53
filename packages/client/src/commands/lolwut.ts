import type { Command, CommandParser } from '@x/modules';

/**
 * `LOLWUT [VERSION version [arg …]]`: computer art and the server's version. node-redis's form:
 * `lolwut(version?, ...optionalArguments)`; x's earlier `lolwut({ VERSION })` works too.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, version?: number | { VERSION?: number }, ...optionalArguments: Array<number>) {
    parser.push('LOLWUT');
    const v = typeof version === 'object' && version !== null ? version.VERSION : version;
    if (v === undefined) {
      if (optionalArguments.length > 0) throw new TypeError('LOLWUT: `optionalArguments` need a `version`');
      return;
    }
    parser.push('VERSION', String(v));
    for (const arg of optionalArguments) parser.push(String(arg));
  },
  transformReply: undefined as unknown as () => string,
} as const satisfies Command;
