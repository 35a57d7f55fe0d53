import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `LPUSHX key element [element …]`: inserts at the head only if the list exists; its length after (0 if not). */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, elements: RedisVariadicArgument) {
    parser.push('LPUSHX');
    parser.pushKey(key);
    parser.pushVariadic(elements);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
