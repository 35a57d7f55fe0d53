import { Attempt, type EngineContext } from './attempt';
import type { Decision } from './classify';
import { NoOnlineNodeError, SlotUncoveredError } from './errors';
import type { ClusterNode } from './topology/slot-map';

/**
 * Something the cluster does on a node that is more than one command — subscribing a channel on a
 * pub/sub connection — as the attempt engine runs it: it picks a target, tries, and the engine decides
 * what a failure means, exactly as for a command.
 */
export interface AttemptJob<TARGET extends { readonly node: ClusterNode }, T> {
  /** The slot it belongs to (a sharded channel's); undefined when any node will do. */
  readonly slot: number | undefined;
  /** The target now; undefined when there is none right now (no master for the slot, no node). May throw. */
  pick(): TARGET | undefined;
  /** One attempt on `target`. */
  send(target: TARGET): Promise<T>;
  /**
   * Look at a failed attempt first: `'again'` when `target` was replaced meanwhile (its node left, the
   * topology moved it) — the job is tried on the new one at once; `'unreachable'` when the target
   * itself could not be used (its connection never came up, whatever the error) — the engine waits and
   * tries another; undefined to let the error decide.
   */
  examine?(target: TARGET, error: Error): 'again' | 'unreachable' | undefined;
}

/** How often a job may find its target replaced under it, in a row, before the engine stops trying at once. */
const MAX_REPLACED = 16;

const UNREACHABLE: Decision = { action: 'wait', refresh: true, unreachable: true };

class JobAttempt<TARGET extends { readonly node: ClusterNode }, T> extends Attempt {
  readonly #job: AttemptJob<TARGET, T>;
  readonly #resolve: (value: T) => void;
  readonly #reject: (error: Error) => void;
  #target: TARGET | undefined;
  #replaced = 0;
  readonly #timeout: number;
  readonly #deadline: number;
  readonly #fail = (error: Error): void => this.onFailure(error);

  constructor(context: EngineContext, job: AttemptJob<TARGET, T>, resolve: (value: T) => void, reject: (error: Error) => void) {
    super(context, job.slot, false, undefined);
    this.#job = job;
    this.#resolve = resolve;
    this.#reject = reject;
    this.#timeout = context.defaultTimeout;
    this.#deadline = context.defaultTimeout > 0 ? performance.now() + context.defaultTimeout : 0;
  }

  protected get timeout(): number {
    return this.#timeout;
  }

  protected get deadline(): number {
    return this.#deadline;
  }

  protected route(): void {
    let target: TARGET | undefined;
    try {
      target = this.#job.pick();
    } catch (error) {
      this.onFailure(error as Error);
      return;
    }
    if (target === undefined) {
      this.onFailure(this.slot === undefined ? new NoOnlineNodeError('to subscribe on') : new SlotUncoveredError(this.slot));
      return;
    }
    this.#target = target;
    this.targetAddress = target.node.address;
    this.#job.send(target).then(this.#resolve, this.#fail);
  }

  /** A redirect moved the slot (the map says so now): the target follows the map. */
  protected sendTo(): void {
    this.route();
  }

  protected reject(error: Error): void {
    this.#reject(error);
  }

  protected override decide(error: Error): Decision | undefined {
    const target = this.#target;
    const verdict = target === undefined ? undefined : this.#job.examine?.(target, error);
    // At once on the replacement — but not past the deadline: a target replaced again and again (a
    // connection closed by each refresh before it came up) must not hold the job past its timeout.
    const inTime = this.#deadline === 0 || performance.now() < this.#deadline;
    if (verdict === 'again' && inTime && ++this.#replaced <= MAX_REPLACED) {
      this.route();
      return undefined;
    }
    if (verdict === 'unreachable') return UNREACHABLE;
    return super.decide(error);
  }
}

/** Run a job through the attempt engine, within the cluster's default command timeout. */
export function runJob<TARGET extends { readonly node: ClusterNode }, T>(context: EngineContext, job: AttemptJob<TARGET, T>): Promise<T> {
  return new Promise((resolve, reject) => new JobAttempt(context, job, resolve, reject).start());
}
