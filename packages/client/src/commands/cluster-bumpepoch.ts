import type { Command, CommandParser } from '@x/modules';

/** `CLUSTER BUMPEPOCH`: advances this node's config epoch; `'BUMPED'` or `'STILL'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLUSTER', 'BUMPEPOCH');
  },
  transformReply: undefined as unknown as () => 'BUMPED' | 'STILL',
} as const satisfies Command;
