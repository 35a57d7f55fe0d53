import Denque from 'denque';

/** Something with a deadline that may finish before it: a queued command. */
export interface Expirable {
  /** Its timeout in milliseconds: items with the same timeout are grouped (see DeadlineTracker). */
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
 *
 * A command's deadline is set once, when it is issued, and covers every attempt: a cluster that
 * sends it again after a redirect or an outage tracks the new attempt with the old deadline — earlier
 * than those of the commands issued since. Such an item (its deadline before its FIFO's last) would
 * break the FIFO's order, so it goes to a small heap by deadline instead: retries are rare, and the
 * common path keeps its O(1) FIFOs.
 */
export class DeadlineTracker<T extends Expirable> {
  readonly #byTimeout = new Map<number, Denque<T>>();
  /** Items tracked out of their FIFO's order (retried attempts), a binary min-heap by deadline. */
  readonly #early: T[] = [];
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
    const last = fifo.peekBack();
    if (last !== undefined && item.deadline < last.deadline) {
      heapPush(this.#early, item);
    } else {
      fifo.push(item);
      if (fifo.length > 1) return;
    }
    this.#arm(item.deadline);
  }

  /**
   * Call when an item settles: drops settled items from the head of its FIFO so nothing is kept
   * alive. (An item in the heap leaves it at its deadline at the latest.)
   */
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
    this.#early.length = 0;
    this.#disarm();
  }

  /** Items tracked and not yet dropped (settled ones may still count until they reach a FIFO's head). */
  get size(): number {
    let size = this.#early.length;
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
    const early = this.#early;
    while (early.length > 0 && (early[0]!.settled || early[0]!.deadline <= now)) {
      const item = heapPop(early)!;
      if (!item.settled) this.#onExpire(item);
    }
    if (early.length > 0 && early[0]!.deadline < next) next = early[0]!.deadline;
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

function heapPush<T extends Expirable>(heap: T[], item: T): void {
  let i = heap.push(item) - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent]!.deadline <= item.deadline) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = item;
}

function heapPop<T extends Expirable>(heap: T[]): T | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (top === undefined || last === undefined || heap.length === 0) return top;
  let i = 0;
  const length = heap.length;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= length) break;
    const right = left + 1;
    const child = right < length && heap[right]!.deadline < heap[left]!.deadline ? right : left;
    if (heap[child]!.deadline >= last.deadline) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = last;
  return top;
}
