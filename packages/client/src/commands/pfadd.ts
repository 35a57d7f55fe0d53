import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `PFADD key [element …]`: adds to the HyperLogLog (creating it); 1 if its estimate changed, else 0. */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, element?: RedisVariadicArgument) {
    parser.push('PFADD');
    parser.pushKey(key);
    if (element !== undefined) parser.pushVariadic(element);
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
