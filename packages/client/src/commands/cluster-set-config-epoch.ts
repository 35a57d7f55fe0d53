import type { Command, CommandParser } from '@x/modules';

/** `CLUSTER SET-CONFIG-EPOCH config-epoch`: sets a new node's config epoch; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, configEpoch: number) {
    parser.push('CLUSTER', 'SET-CONFIG-EPOCH', String(configEpoch));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
