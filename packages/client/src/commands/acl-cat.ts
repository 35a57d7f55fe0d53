import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `ACL CAT [category]`: the ACL categories, or the commands of one category. */
export default {
  NOT_KEYED_COMMAND: true,
  // node-redis marks it replica-safe (a read of the server's ACL tables).
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, categoryName?: RedisArgument) {
    parser.push('ACL', 'CAT');
    if (categoryName !== undefined) parser.push(categoryName);
  },
  transformReply: undefined as unknown as () => Array<string>,
} as const satisfies Command;
