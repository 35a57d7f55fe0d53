import type { Command, CommandParser } from '@x/modules';

/** A node serving a slot range, as `CLUSTER SLOTS` describes it. */
export interface ClusterSlotsNode {
  host: string;
  port: number;
  id: string;
}

/** A slot range and the nodes serving it. */
export interface ClusterSlotsRange {
  from: number;
  to: number;
  master: ClusterSlotsNode;
  replicas: Array<ClusterSlotsNode>;
}

function node(raw: unknown): ClusterSlotsNode {
  const [host, port, id] = raw as Array<unknown>;
  return { host: host as string, port: port as number, id: id as string };
}

/** `CLUSTER SLOTS`: each slot range with its master and replicas, as `{ from, to, master, replicas }` (node-redis's shape). */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('CLUSTER', 'SLOTS');
  },
  transformReply: (reply: Array<Array<unknown>>): Array<ClusterSlotsRange> =>
    reply.map(([from, to, master, ...replicas]) => ({
      from: from as number,
      to: to as number,
      master: node(master),
      replicas: replicas.map(node),
    })),
} as const satisfies Command;
