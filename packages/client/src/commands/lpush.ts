import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `LPUSH key element [element …]`: inserts at the head; the length of the list after. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, elements: RedisVariadicArgument) {
    parser.push('LPUSH');
    parser.pushKey(key);
    parser.pushVariadic(elements);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
