import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `SMOVE source destination member`: 1 if `member` was moved, 0 if it was not in `source`. */
export default {
  parseCommand(parser: CommandParser, source: RedisArgument, destination: RedisArgument, member: RedisArgument) {
    parser.push('SMOVE');
    parser.pushKeys([source, destination]);
    parser.push(member);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
