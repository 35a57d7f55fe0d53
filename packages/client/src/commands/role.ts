import type { Command, CommandParser } from '@x/modules';

/** `ROLE` of a master: its replication offset and its replicas. */
export interface MasterRole {
  role: 'master';
  replicationOffest: number;
  replicas: Array<{ host: string; port: number; replicationOffest: number }>;
}

/** `ROLE` of a replica: its master and the replication state. */
export interface ReplicaRole {
  role: 'slave';
  master: { host: string; port: number };
  state: 'connect' | 'connecting' | 'sync' | 'connected' | 'handshake' | 'none';
  dataReceived: number;
}

/** `ROLE` of a sentinel: the masters it monitors. */
export interface SentinelRole {
  role: 'sentinel';
  masterNames: Array<string>;
}

/**
 * `ROLE`: what the server is in replication, as an object by role — node-redis's shape, field names
 * included (`replicationOffest` is node-redis's spelling). A replica's port numbers are numbers.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser) {
    parser.push('ROLE');
  },
  transformReply: (reply: Array<unknown>): MasterRole | ReplicaRole | SentinelRole | undefined => {
    // String(): the role name is a Buffer under the BLOB_STRING mapping.
    switch (String(reply[0])) {
      case 'master': {
        const replicas = reply[2] as Array<Array<unknown>>;
        return {
          role: reply[0] as 'master',
          replicationOffest: reply[1] as number,
          replicas: replicas.map(([host, port, offset]) => ({ host: host as string, port: Number(port), replicationOffest: Number(offset) })),
        };
      }
      case 'slave':
        return {
          role: reply[0] as 'slave',
          master: { host: reply[1] as string, port: reply[2] as number },
          state: reply[3] as ReplicaRole['state'],
          dataReceived: reply[4] as number,
        };
      case 'sentinel':
        return { role: reply[0] as 'sentinel', masterNames: reply[1] as Array<string> };
      default:
        return undefined;
    }
  },
} as const satisfies Command;
