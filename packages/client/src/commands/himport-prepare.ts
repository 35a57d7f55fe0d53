import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/**
 * `HIMPORT PREPARE fieldset field [field …]`: names an ordered list of fields on this connection,
 * for `hImportSet` to fill; `'OK'`. A fieldset lives as long as the connection: x does not
 * re-prepare it after a reconnect or on other connections (node-redis keeps a registry that does).
 * Redis 8.10+; not runnable on the 7.0 servers these tests use.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, fieldset: RedisArgument, fields: RedisVariadicArgument) {
    parser.push('HIMPORT', 'PREPARE', fieldset);
    parser.pushVariadic(fields);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
