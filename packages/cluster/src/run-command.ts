import type { CommandOptions } from '@x/client';
import { CommandRequest, isBlockingCommand, waitsForData } from '@x/client/node-connection';
import { scriptEvalArguments, type RedisArgument, type RedisScript } from '@x/modules';
import { ReplyError } from '@x/resp';
import { Attempt, type EngineContext } from './attempt';
import type { Decision } from './classify';
import { aimTrace, type TraceTarget } from './cluster-tracing';
import { NoOnlineNodeError, SlotUncoveredError } from './errors';
import type { NodeEntry } from './node-registry';

function isScript(definition: unknown): definition is RedisScript {
  return typeof definition === 'object' && definition !== null && 'SHA1' in definition && 'SCRIPT' in definition;
}

/**
 * Where a request goes besides its slot and whether it only reads — by default the slot's master (a
 * replica too for a read with `useReplicas`), or a random online master for a keyless command.
 */
export interface RouteOptions {
  /** A keyless command any node may serve (the cluster forwards it: PUBLISH). */
  anyNode?: boolean;
  /** To the master even when it only reads (a fan-out's part: one per shard). */
  mastersOnly?: boolean;
  /** This node only (a fan-out's part for a node without slots, a scan step): never re-routed. */
  pinned?: NodeEntry;
  /** A traced operation's context: each attempt points it at the node it is sent to. */
  trace?: TraceTarget;
}

/** A keyless command any node may serve: the route option of PUBLISH and its kind. */
export const ANY_NODE: RouteOptions = Object.freeze({ anyNode: true });

/**
 * One request — a command, a transaction, one part of a fan-out — followed across the cluster by the
 * attempt engine. The request itself goes to the node's connection (its first attempt as it came
 * from the API, later ones as `request.retry()`); its failures come back to the engine, its retrier. A script call (EVALSHA) that meets a node without the script is
 * sent there again as EVAL, once.
 */
export class RequestAttempt extends Attempt {
  #request: CommandRequest;
  /** The node of the attempt in progress (a NOSCRIPT is answered by sending EVAL there). */
  #target: NodeEntry | undefined;
  #sent = false;
  #evalSent = false;
  readonly #anyNode: boolean;
  /** May go to a replica (a read, with `useReplicas`). */
  readonly #replicaRead: boolean;
  readonly #trace: TraceTarget | undefined;
  /** Waits for data (BLPOP k 0): sent on a dedicated connection of the node's blocking pool. */
  readonly #waitsForData: boolean;

  /** `slot`: its first key's (undefined: keyless); `readonly`: it only reads (see {@link Attempt}). */
  constructor(context: EngineContext, request: CommandRequest, slot: number | undefined, readonly: boolean, route?: RouteOptions) {
    super(context, slot, readonly, route?.pinned);
    this.#request = request;
    this.#anyNode = route?.anyNode === true;
    this.#replicaRead = readonly && route?.mastersOnly !== true;
    this.#trace = route?.trace;
    request.retrier = this;
    request.retainArgs = true;
    this.#waitsForData = request.batch === undefined && waitsForData(request.args);
    // The deadline starts now, when the command is issued: waiting for a connection, for the cluster
    // to connect, or out an outage all count. A blocking command (BLPOP k 0) has none by default.
    if (request.timeout < 0) {
      request.startDeadline(this.#waitsForData || (request.batch === undefined && isBlockingCommand(request.args)) ? 0 : context.defaultTimeout);
    } else request.startDeadline(0);
  }

  protected get timeout(): number {
    return this.#request.timeout;
  }

  /** The node of the latest attempt (the one that answered, once the request settled). */
  get target(): NodeEntry | undefined {
    return this.#target;
  }

  /** The latest attempt went with ASKING (its reply is from a slot's importing node). */
  get asked(): boolean {
    return this.#request.asking;
  }

  protected get deadline(): number {
    return this.#request.deadline;
  }

  protected override get commandName(): string {
    const request = this.#request;
    if (request.batch !== undefined) return request.batch.transaction ? 'MULTI' : 'PIPELINE';
    return request.args.length === 0 ? '' : String(request.args[0]).toUpperCase();
  }

  protected route(): void {
    const entry = this.pinned ?? this.context.topology.route(this.slot, this.#replicaRead, this.#anyNode);
    if (entry !== undefined) this.sendTo(entry, false);
    else this.onFailure(this.slot === undefined ? new NoOnlineNodeError('to send the command to') : new SlotUncoveredError(this.slot));
  }

  protected sendTo(entry: NodeEntry, asking: boolean): void {
    this.#target = entry;
    this.targetAddress = entry.address;
    if (this.#trace !== undefined) aimTrace(this.#trace, entry);
    // A fresh attempt each time: the last one may stay behind in a queue as a tombstone.
    const request = this.#sent ? (this.#request = this.#request.retry()) : this.#request;
    this.#sent = true;
    request.asking = asking;
    if (this.#waitsForData) entry.dispatchBlocking(request);
    else entry.dispatch(request);
  }

  protected reject(error: Error): void {
    this.#request.reject(error);
  }

  protected override decide(error: Error): Decision | undefined {
    const script = this.#request.definition;
    const target = this.#target;
    if (!this.#evalSent && target !== undefined && error instanceof ReplyError && error.code === 'NOSCRIPT' && isScript(script)) {
      // The node that answered does not have the script: EVAL loads it there.
      this.#evalSent = true;
      const next = (this.#request = this.#request.retry());
      next.args = scriptEvalArguments(script, next.args);
      target.dispatch(next);
      return undefined;
    }
    return super.decide(error);
  }
}

/**
 * Run a request on the node its route names and follow the cluster until it succeeds or fails (see
 * {@link Attempt}). `ready`: the first attempt waits for it (the cluster still connecting).
 */
export function runRequest(
  context: EngineContext,
  request: CommandRequest,
  slot: number | undefined,
  readonly: boolean,
  route?: RouteOptions,
  ready?: Promise<unknown>,
): void {
  new RequestAttempt(context, request, slot, readonly, route).start(ready);
}

/**
 * A request of the cluster's own to one node only (a SCAN step, CLUSTER NODES, FUNCTION LOAD),
 * through the engine: it waits out what passes (LOADING, TRYAGAIN) but not for a node that is gone —
 * it fails, and the caller decides. Dispatched now, synchronously: on the node's connection it goes
 * before whatever is sent there after it. Resolves with the raw reply.
 */
export function runOnNode(context: EngineContext, entry: NodeEntry, args: readonly RedisArgument[], options?: CommandOptions): Promise<unknown> {
  return new Promise((resolve, reject) => runRequest(context, new CommandRequest(args, options, resolve, reject), undefined, true, { pinned: entry }));
}
