import type { Command, CommandParser, RedisVariadicArgument } from '@x/modules';

/**
 * `WATCH key [key …]`: the next `MULTI`/`EXEC` fails if one of the keys changes; `'OK'`. Every key is
 * recorded (a cluster sends it to the node of the keys' slot).
 */
export default {
  parseCommand(parser: CommandParser, keys: RedisVariadicArgument) {
    parser.push('WATCH');
    parser.pushKeys(keys);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
