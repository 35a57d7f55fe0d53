import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** x's earlier argument of `REPLICAOF`: a master's address, or no master. */
export type ReplicaOfTarget = { type: 'host-port'; host: RedisArgument; port: number } | { type: 'no-one' };

/**
 * `REPLICAOF host port` / `REPLICAOF NO ONE`: makes the server a replica of another, or a master
 * again; `'OK'`. node-redis's form: `replicaOf(host, port)` (`replicaOf('NO', 'ONE')` for no master);
 * x's earlier object form (`{ type: 'host-port', host, port }`, `{ type: 'no-one' }`) works too.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, hostOrTarget: RedisArgument | ReplicaOfTarget, port?: number | RedisArgument) {
    parser.push('REPLICAOF');
    if (typeof hostOrTarget === 'string' || Buffer.isBuffer(hostOrTarget)) {
      if (port === undefined) throw new TypeError('REPLICAOF: `port` is required with a host');
      parser.push(hostOrTarget, String(port));
    } else if (hostOrTarget?.type === 'host-port') {
      parser.push(hostOrTarget.host, String(hostOrTarget.port));
    } else if (hostOrTarget?.type === 'no-one') {
      parser.push('NO', 'ONE');
    } else {
      throw new TypeError('REPLICAOF: give a host and a port, or { type: "host-port" | "no-one" }');
    }
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
