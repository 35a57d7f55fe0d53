import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** The states `CLUSTER SETSLOT` puts a slot in (node-redis's `CLUSTER_SLOT_STATES`). */
export const CLUSTER_SLOT_STATES = {
  IMPORTING: 'IMPORTING',
  MIGRATING: 'MIGRATING',
  STABLE: 'STABLE',
  NODE: 'NODE',
} as const;

/** A slot state. */
export type ClusterSlotState = (typeof CLUSTER_SLOT_STATES)[keyof typeof CLUSTER_SLOT_STATES];

/** x's earlier argument of `CLUSTER SETSLOT`: the state with its node. */
export type ClusterSetSlotSubcommand =
  | { type: 'IMPORTING' | 'MIGRATING' | 'NODE'; value: RedisArgument }
  | 'STABLE';

/**
 * `CLUSTER SETSLOT slot <IMPORTING node-id | MIGRATING node-id | NODE node-id | STABLE>`; `'OK'`.
 * node-redis's form: `clusterSetSlot(slot, 'IMPORTING', nodeId)`; x's earlier
 * `clusterSetSlot(slot, { type: 'IMPORTING', value: nodeId })` works too.
 */
export default {
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, slot: number, state: ClusterSlotState | ClusterSetSlotSubcommand, nodeId?: RedisArgument) {
    parser.push('CLUSTER', 'SETSLOT', String(slot));
    if (typeof state === 'string') {
      parser.push(state);
      if (nodeId !== undefined) parser.push(nodeId);
    } else if (state !== null && typeof state === 'object' && typeof state.type === 'string') {
      if (nodeId !== undefined) throw new TypeError('CLUSTER SETSLOT: the node id goes in the { type, value } object');
      parser.push(state.type, state.value);
    } else {
      throw new TypeError('CLUSTER SETSLOT: `state` must be IMPORTING, MIGRATING, NODE or STABLE');
    }
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
