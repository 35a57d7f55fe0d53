import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** `CLUSTER MEET host port [cluster-bus-port]`: this node joins another's cluster; `'OK'`. */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, host: RedisArgument, port: number, clusterBusPort?: number) {
    parser.push('CLUSTER', 'MEET', host, String(port));
    if (clusterBusPort !== undefined) parser.push(String(clusterBusPort));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
