import type { CommandOptions } from '@x/client';
import { scriptEvalArguments, type RedisArgument, type RedisScript } from '@x/modules';
import { ReplyError } from '@x/resp';
import type { ClusterTopology } from './cluster-topology';
import { MaxRedirectionsError, SlotUncoveredError } from './errors';
import type { NodeEntry } from './node-registry';
import { classify, type RetryDecision } from './redirect';

/** One command as the cluster runs it. */
export interface ClusterCommand {
  /** The slot of its first key; undefined for a keyless command. */
  slot: number | undefined;
  readonly: boolean;
  /** A keyless command any node may serve (the cluster forwards it, e.g. PUBLISH). */
  anyNode: boolean;
  args: readonly RedisArgument[];
  options: CommandOptions | undefined;
  transform: ((reply: never, preserve?: unknown) => unknown) | undefined;
  preserve: unknown;
  /** A script call sent as EVALSHA: on NOSCRIPT it is sent again as EVAL to the node that answered. */
  script: RedisScript | undefined;
}

/** Counters of what the cluster did for its callers (cheap: touched only off the fast path). */
export interface ClusterStats {
  /** Commands sent again to the node a MOVED named. */
  moved: number;
  /** Commands sent with ASKING to the node an ASK named. */
  ask: number;
  /** Retries after a transient failure (CLUSTERDOWN, TRYAGAIN, a dropped node, …). */
  retries: number;
}

export interface RunContext {
  topology: ClusterTopology;
  stats: ClusterStats;
  maxRedirections: number;
  /** Set once the cluster is closed: retries stop. */
  isClosed(): boolean;
}

/** Bounded backoff between retries: 50 ms doubling to 1 s, plus jitter. */
export function retryDelay(attempt: number): number {
  return Math.min(50 * 2 ** (attempt - 1), 1_000) + Math.floor(Math.random() * 50);
}

const noop = (): void => undefined;

/** How a runner sends, routes again, and gives up: what {@link followDecision} acts through. */
export interface AttemptActions {
  send(entry: NodeEntry, asking: boolean): void;
  route(): void;
  reject(error: Error): void;
}

/**
 * Acts on the decision for a failed attempt, for any kind of request (a command, a transaction):
 * MOVED goes straight to the named node (the slot patched, one merged refresh started), ASK to the
 * target with ASKING, a transient failure backs off (and refreshes) before routing again.
 */
export function followDecision(
  context: RunContext,
  decision: RetryDecision,
  error: Error,
  attempts: number,
  current: NodeEntry,
  actions: AttemptActions,
): void {
  const { topology, stats } = context;
  switch (decision.action) {
    case 'fail':
      actions.reject(error);
      return;
    case 'moved':
      stats.moved++;
      actions.send(topology.onMoved(decision.redirect, current), false);
      return;
    case 'ask':
      stats.ask++;
      actions.send(topology.onAsk(decision.redirect, current), true);
      return;
    case 'retry': {
      stats.retries++;
      const wait = new Promise((r) => setTimeout(r, retryDelay(attempts)));
      const ready = decision.refresh ? Promise.allSettled([topology.refresh(), wait]) : wait;
      ready.then(() => (context.isClosed() ? actions.reject(error) : actions.route()), noop);
      return;
    }
  }
}

/**
 * Runs a command on the node that owns its slot and follows the cluster until it succeeds: MOVED
 * goes straight to the named node (the slot is patched at once and one merged refresh starts), ASK
 * sends `ASKING` + the command to the target once, and the transient failures back off and retry
 * (see `classify`). `maxRedirections` bounds all of it; then a MaxRedirectionsError carries the last
 * error. One promise per command, however often it moves: the same callbacks travel from node to node.
 */
export function runCommand(context: RunContext, command: ClusterCommand): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const { topology, maxRedirections } = context;
    let attempts = 0;
    let args = command.args;
    let current: NodeEntry | undefined;

    const send = (entry: NodeEntry, asking: boolean): void => {
      current = entry;
      if (asking) entry.dispatch(['ASKING'], undefined, undefined, undefined, noop, noop);
      entry.dispatch(args, command.options, command.transform, command.preserve, resolve, onError);
    };

    const route = (): void => {
      const entry = topology.route(command.slot, command.readonly, command.anyNode);
      if (entry === undefined) onError(new SlotUncoveredError(command.slot ?? -1));
      else send(entry, false);
    };

    const onError = (error: Error): void => {
      if (context.isClosed()) {
        reject(error);
        return;
      }
      if (++attempts > maxRedirections) {
        reject(new MaxRedirectionsError(maxRedirections, error));
        return;
      }
      if (command.script !== undefined && current !== undefined && error instanceof ReplyError && error.code === 'NOSCRIPT') {
        // The node that answered does not have the script: EVAL loads it there (once).
        args = scriptEvalArguments(command.script, args);
        send(current, false);
        return;
      }
      followDecision(context, classify(error, command.readonly), error, attempts, current!, { send, route, reject });
    };

    route();
  });
}
