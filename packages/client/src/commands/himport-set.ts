import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/**
 * `HIMPORT SET key fieldset value [value …]`: sets the fields of a prepared fieldset (see
 * `hImportPrepare`) to these values, in order; `'OK'`.
 * Redis 8.10+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, fieldset: RedisArgument, values: RedisVariadicArgument) {
    parser.push('HIMPORT', 'SET');
    parser.pushKey(key);
    parser.push(fieldset);
    parser.pushVariadic(values);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
