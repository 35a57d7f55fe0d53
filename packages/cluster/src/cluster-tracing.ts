import { randomBytes } from 'node:crypto';
import type { BatchOperationContext, ClusterRedirectEvent, CommandTraceContext, MultiQueuedCommand } from '@x/client';
import { redirectChannel, sanitizeArgs } from '@x/client/node-connection';
import type { RedisArgument } from '@x/modules';
import type { ClusterTopology } from './cluster-topology';
import type { NodeEntry } from './node-registry';
import type { Redirect } from './redirect';
import { keySlot } from './topology/key-slot';

/**
 * Where a traced cluster operation went: the context object itself. It names the node the topology
 * routes to when the trace starts, and the engine updates it with each node an attempt is sent to
 * (a replica read, a redirect, a retry elsewhere), so its `asyncEnd` names the node that answered.
 */
export interface TraceTarget {
  serverAddress: string;
  serverPort: number | undefined;
}

/** The address of an operation spread over several nodes (a fan-out, a split command, a pipeline). */
export const SEVERAL_NODES = '*';

/** node-redis's cluster identity: the root nodes, then `-<8 hex>` (at most 128 characters). */
export function clusterTraceId(roots: ReadonlyArray<string>): string {
  const suffix = `-${randomBytes(4).toString('hex')}`;
  const prefix = roots.join(',');
  return prefix.length + suffix.length <= 128 ? prefix + suffix : `${prefix.slice(0, 128 - 3 - suffix.length)}...${suffix}`;
}

/** Point a trace at a node (called by the engine for each attempt of a traced operation). */
export function aimTrace(trace: TraceTarget, entry: NodeEntry): void {
  trace.serverAddress = entry.node.host;
  trace.serverPort = entry.node.port;
}

/** Makes the contexts of one cluster's traces (only when someone listens: nothing here is on the fast path). */
export class ClusterTracer {
  readonly clientId: string;
  readonly #topology: ClusterTopology;

  constructor(clientId: string, topology: ClusterTopology) {
    this.clientId = clientId;
    this.#topology = topology;
  }

  /** The node a command for `slot` goes to now (its master); several nodes for a keyless one. */
  #target(slot: number | undefined): TraceTarget {
    const master = slot === undefined ? undefined : this.#topology.slotMap.masterOf(slot);
    return master === undefined ? { serverAddress: SEVERAL_NODES, serverPort: undefined } : { serverAddress: master.node.host, serverPort: master.node.port };
  }

  /** `node-redis:command`'s context, plus the slot (undefined: keyless, or several slots). */
  command(args: ReadonlyArray<RedisArgument>, slot: number | undefined, batch?: { batchMode: 'PIPELINE'; batchSize: number }): CommandTraceContext {
    const target = this.#target(slot);
    const context: CommandTraceContext = {
      command: String(args[0]).toUpperCase(),
      args: sanitizeArgs(args),
      database: 0,
      serverAddress: target.serverAddress,
      serverPort: target.serverPort,
      clientId: this.clientId,
      slot,
    };
    return batch === undefined ? context : { ...context, ...batch };
  }

  /** `node-redis:batch`'s context: a transaction names its slot's master, a pipeline several nodes. */
  batch(batchMode: 'MULTI' | 'PIPELINE', commands: ReadonlyArray<MultiQueuedCommand>): BatchOperationContext {
    const firstKey = batchMode === 'MULTI' ? commands.find((c) => c.firstKey !== undefined)?.firstKey : undefined;
    const target = this.#target(firstKey === undefined ? undefined : keySlot(firstKey));
    return { batchMode, batchSize: commands.length, database: 0, serverAddress: target.serverAddress, serverPort: target.serverPort, clientId: this.clientId };
  }

  /** `x:cluster:redirect`: one MOVED or ASK followed (call only when the channel has subscribers). */
  redirect(redirect: Redirect, command: string, from: string | undefined, to: NodeEntry): void {
    const event: ClusterRedirectEvent = { kind: redirect.kind, command, slot: redirect.slot, from: from ?? '', to: to.address, clientId: this.clientId };
    redirectChannel.publish(event);
  }
}
