import Denque from 'denque';

/** Something with a deadline that may finish before it: a queued command. */
export interface Expirable {
  /** Its timeout in milliseconds: items with the same timeout expire in the order they were tracked. */
  timeout: number;
  /** performance.now() value after which it expires. */
  deadline: number;
  /** Finished (replied, failed, aborted): no longer expires. */
  readonly settled: boolean;
}

/**
 * One coarse timer per connection for every command timeout, instead of a timer per command
 * (node-redis's per-command `AbortSignal.timeout()` halves its throughput).
 *
 * Items are kept in one FIFO per timeout value: commands with the same timeout are tracked in the
 * order they are sent, so within a FIFO deadlines never decrease and only its head needs checking.
 * There are few distinct values (the connection's default, a view's `timeout`, the ping interval).
 * Settled items leave the head of their FIFO as they settle in order, so the FIFOs stay short and
 * hold nothing alive; the timer is armed only for the earliest live deadline and fires at most once
 * per deadline, not once per command.
 */
export class DeadlineTracker<T extends Expirable> {
  readonly #byTimeout = new Map<number, Denque<T>>();
  readonly #onExpire: (item: T) => void;
  #timer: NodeJS.Timeout | undefined;
  #armedAt = Infinity;

  constructor(onExpire: (item: T) => void) {
    this.#onExpire = onExpire;
  }

  /** Track an item; its `timeout` and `deadline` must be set. */
  track(item: T): void {
    let fifo = this.#byTimeout.get(item.timeout);
    if (fifo === undefined) this.#byTimeout.set(item.timeout, (fifo = new Denque<T>()));
    fifo.push(item);
    if (fifo.length === 1) this.#arm(item.deadline);
  }

  /** Call when an item settles: drops settled items from the head of its FIFO so nothing is kept alive. */
  release(item: T): void {
    const fifo = this.#byTimeout.get(item.timeout);
    if (fifo === undefined || fifo.peekFront() !== item) return;
    fifo.shift();
    dropSettled(fifo);
    if (fifo.length === 0 && this.size === 0) this.#disarm();
  }

  /** Forget everything (the items were settled by the caller). */
  clear(): void {
    this.#byTimeout.clear();
    this.#disarm();
  }

  get size(): number {
    let size = 0;
    for (const fifo of this.#byTimeout.values()) size += fifo.length;
    return size;
  }

  #arm(deadline: number): void {
    if (deadline >= this.#armedAt) return;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#armedAt = deadline;
    this.#timer = setTimeout(this.#fire, Math.max(0, Math.ceil(deadline - performance.now())));
    // A pending timeout must never keep the process alive on its own.
    this.#timer.unref();
  }

  #disarm(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#armedAt = Infinity;
  }

  readonly #fire = (): void => {
    this.#timer = undefined;
    this.#armedAt = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const fifo of this.#byTimeout.values()) {
      let head = fifo.peekFront();
      while (head !== undefined && (head.settled || head.deadline <= now)) {
        fifo.shift();
        if (!head.settled) this.#onExpire(head);
        head = fifo.peekFront();
      }
      if (head !== undefined && head.deadline < next) next = head.deadline;
    }
    if (next !== Infinity) this.#arm(next);
  };
}

function dropSettled<T extends Expirable>(fifo: Denque<T>): void {
  let head = fifo.peekFront();
  while (head !== undefined && head.settled) {
    fifo.shift();
    head = fifo.peekFront();
  }
}
