import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `RPUSH key element [element …]`: inserts at the tail; the length of the list after. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, elements: RedisVariadicArgument) {
    parser.push('RPUSH');
    parser.pushKey(key);
    parser.pushVariadic(elements);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
