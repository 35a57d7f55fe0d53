import type { Command, CommandParser } from '@x/modules';

/** One TCP link of the cluster bus, as `CLUSTER LINKS` describes it. */
export interface ClusterLink {
  direction: 'to' | 'from';
  node: string;
  'create-time': number;
  events: string;
  'send-buffer-allocated': number;
  'send-buffer-used': number;
}

/**
 * `CLUSTER LINKS`: this node's cluster-bus links. RESP2's flat `[field, value, …]` entries are read
 * into objects; RESP3 sends maps, which arrive as the type mapping shapes maps.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLUSTER', 'LINKS');
  },
  transformReply: {
    2: (reply: Array<Array<unknown>>): Array<ClusterLink> =>
      reply.map((link) => ({
        direction: link[1] as ClusterLink['direction'],
        node: link[3] as string,
        'create-time': link[5] as number,
        events: link[7] as string,
        'send-buffer-allocated': link[9] as number,
        'send-buffer-used': link[11] as number,
      })),
    3: undefined as unknown as () => Array<ClusterLink>,
  },
} as const satisfies Command;
