import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';

/** `PFMERGE destkey [sourcekey …]`: merges the sources into `destkey` (created if missing); `'OK'`. */
export default {
  parseCommand(parser: CommandParser, destination: RedisArgument, sources?: RedisVariadicArgument) {
    parser.push('PFMERGE');
    parser.pushKey(destination);
    if (sources !== undefined) parser.pushKeys(sources);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
