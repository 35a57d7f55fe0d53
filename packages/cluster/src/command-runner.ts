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

/**
 * The attempt loop of one request — a command, a transaction — that both runners share. It routes and
 * sends; a failed attempt gets a decision (`classify`, through the runner's `decide`):
 * - `fail` rejects with the error itself, however many redirects came before: a WRONGTYPE, a
 *   WatchError or a MultiErrorReply after a MOVED is that error, never a MaxRedirectionsError;
 * - anything else is one more attempt, and past `maxRedirections` the request rejects with a
 *   MaxRedirectionsError whose `cause` is the last error. MOVED goes straight to the named node (the
 *   slot patched, one merged refresh started), ASK to the target with ASKING, a transient failure
 *   backs off (and refreshes) before routing again.
 *
 * One object and its `fail` callback per request (the closures they replace were three), however
 * often it moves: the same callback travels from node to node.
 */
export abstract class AttemptLoop {
  protected readonly context: RunContext;
  protected readonly reject: (error: Error) => void;
  /** The node of the attempt in progress. */
  protected current: NodeEntry | undefined;
  #attempts = 0;
  /** The error callback of every attempt. */
  protected readonly fail = (error: Error): void => this.#onError(error);

  constructor(context: RunContext, reject: (error: Error) => void) {
    this.context = context;
    this.reject = reject;
  }

  /** The slot the request is routed by (undefined: any master). */
  protected abstract get slot(): number | undefined;
  /** The node to send to now, from the topology (undefined: the slot has no master right now). */
  protected abstract pick(): NodeEntry | undefined;
  /** Send the request to `entry` (after `ASKING` when `asking`); a failed attempt calls {@link fail}. */
  protected abstract write(entry: NodeEntry, asking: boolean): void;
  /** The decision for a failed attempt; undefined when the runner has already acted (sent again). */
  protected abstract decide(error: Error): RetryDecision | undefined;

  /** Route by the slot and send. */
  route(): void {
    const entry = this.pick();
    if (entry === undefined) this.fail(new SlotUncoveredError(this.slot ?? -1));
    else this.send(entry, false);
  }

  protected send(entry: NodeEntry, asking: boolean): void {
    this.current = entry;
    this.write(entry, asking);
  }

  #onError(error: Error): void {
    const context = this.context;
    if (context.isClosed()) {
      this.reject(error);
      return;
    }
    const decision = this.decide(error);
    if (decision === undefined) return;
    if (decision.action === 'fail') {
      this.reject(error);
      return;
    }
    if (++this.#attempts > context.maxRedirections) {
      this.reject(new MaxRedirectionsError(context.maxRedirections, error));
      return;
    }
    const { topology, stats } = context;
    switch (decision.action) {
      case 'moved':
        stats.moved++;
        this.send(topology.onMoved(decision.redirect, this.current!), false);
        return;
      case 'ask':
        stats.ask++;
        this.send(topology.onAsk(decision.redirect, this.current!), true);
        return;
      case 'retry': {
        stats.retries++;
        const wait = new Promise((r) => setTimeout(r, retryDelay(this.#attempts)));
        const ready = decision.refresh ? Promise.allSettled([topology.refresh(), wait]) : wait;
        ready.then(() => (context.isClosed() ? this.reject(error) : this.route()), noop);
        return;
      }
    }
  }
}

/**
 * A command on the node that owns its slot, followed across the cluster by the {@link AttemptLoop}. A
 * script call (EVALSHA) that meets a node without the script is sent there again as EVAL (once).
 */
class CommandAttempts extends AttemptLoop {
  readonly #command: ClusterCommand;
  readonly #resolve: (reply: unknown) => void;
  #args: readonly RedisArgument[];

  constructor(context: RunContext, command: ClusterCommand, resolve: (reply: unknown) => void, reject: (error: Error) => void) {
    super(context, reject);
    this.#command = command;
    this.#resolve = resolve;
    this.#args = command.args;
  }

  protected get slot(): number | undefined {
    return this.#command.slot;
  }

  protected pick(): NodeEntry | undefined {
    const command = this.#command;
    return this.context.topology.route(command.slot, command.readonly, command.anyNode);
  }

  protected write(entry: NodeEntry, asking: boolean): void {
    const command = this.#command;
    if (asking) entry.dispatch(['ASKING'], undefined, undefined, undefined, noop, noop);
    entry.dispatch(this.#args, command.options, command.transform, command.preserve, this.#resolve, this.fail);
  }

  protected decide(error: Error): RetryDecision | undefined {
    const script = this.#command.script;
    const current = this.current;
    if (script !== undefined && current !== undefined && error instanceof ReplyError && error.code === 'NOSCRIPT') {
      // The node that answered does not have the script: EVAL loads it there.
      this.#args = scriptEvalArguments(script, this.#args);
      this.send(current, false);
      return undefined;
    }
    return classify(error, this.#command.readonly);
  }
}

/**
 * Runs a command on the node that owns its slot and follows the cluster until it succeeds: MOVED
 * goes straight to the named node (the slot is patched at once and one merged refresh starts), ASK
 * sends `ASKING` + the command to the target once, and the transient failures back off and retry
 * (see `classify` and {@link AttemptLoop}). `maxRedirections` bounds the redirects and retries; then
 * a MaxRedirectionsError carries the last error. An error that is not retried rejects as it is.
 */
export function runCommand(context: RunContext, command: ClusterCommand): Promise<unknown> {
  return new Promise((resolve, reject) => new CommandAttempts(context, command, resolve, reject).route());
}
