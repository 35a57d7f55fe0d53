import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `RPUSHX key element [element …]`: inserts at the tail only if the list exists; its length after (0 if not). */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, elements: RedisVariadicArgument) {
    parser.push('RPUSHX');
    parser.pushKey(key);
    parser.pushVariadic(elements);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
