import Denque from 'denque';

/** Something with a deadline that may finish before it: a queued command. */
export interface Expirable {
  /** performance.now() value after which it expires. */
  deadline: number;
  /** Finished (replied, failed, aborted): no longer expires. */
  readonly settled: boolean;
}

/**
 * One coarse timer per connection for every command timeout, instead of a timer per command
 * (node-redis's per-command `AbortSignal.timeout()` halves its throughput).
 *
 * Commands with the connection's default timeout are tracked in a FIFO: they are sent in order with
 * the same timeout, so their deadlines never decrease and only the head needs checking. Commands
 * with their own timeout (rare) go in a small sorted array. Finished commands leave the FIFO head
 * as they finish in order, so it stays short and holds nothing alive; the timer is armed only for
 * the earliest live deadline and fires at most once per deadline, not once per command.
 */
export class DeadlineTracker<T extends Expirable> {
  readonly #inOrder = new Denque<T>();
  readonly #custom: T[] = [];
  readonly #onExpire: (item: T) => void;
  #timer: NodeJS.Timeout | undefined;
  #armedAt = Infinity;

  constructor(onExpire: (item: T) => void) {
    this.#onExpire = onExpire;
  }

  /** Track an item whose deadline is not earlier than any item tracked before it this way. */
  trackInOrder(item: T): void {
    this.#inOrder.push(item);
    if (this.#inOrder.length === 1) this.#arm(item.deadline);
  }

  /** Track an item with an arbitrary deadline. */
  trackOutOfOrder(item: T): void {
    const list = this.#custom;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.deadline <= item.deadline) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, item);
    this.#arm(item.deadline);
  }

  /** Call when an item settles: drops settled items from the head so nothing is kept alive. */
  release(item: T): void {
    const queue = this.#inOrder;
    if (queue.peekFront() !== item) return;
    queue.shift();
    let head = queue.peekFront();
    while (head !== undefined && head.settled) {
      queue.shift();
      head = queue.peekFront();
    }
    if (queue.length === 0 && this.#custom.length === 0) this.#disarm();
  }

  /** Forget everything (the items were settled by the caller). */
  clear(): void {
    this.#inOrder.clear();
    this.#custom.length = 0;
    this.#disarm();
  }

  get size(): number {
    return this.#inOrder.length + this.#custom.length;
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
    const queue = this.#inOrder;
    let head = queue.peekFront();
    while (head !== undefined && (head.settled || head.deadline <= now)) {
      queue.shift();
      if (!head.settled) this.#onExpire(head);
      head = queue.peekFront();
    }
    const custom = this.#custom;
    let expired = 0;
    while (expired < custom.length && (custom[expired]!.settled || custom[expired]!.deadline <= now)) expired++;
    if (expired > 0) {
      for (const item of custom.splice(0, expired)) if (!item.settled) this.#onExpire(item);
    }
    // Drop settled items at the front of the custom list too, then arm for the earliest live one.
    let next = Infinity;
    const h = queue.peekFront();
    if (h !== undefined) next = h.deadline;
    if (custom.length > 0 && custom[0]!.deadline < next) next = custom[0]!.deadline;
    if (next !== Infinity) this.#arm(next);
  };
}
