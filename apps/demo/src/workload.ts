import { keySlot, type RedisClusterType } from '@x/cluster';

/**
 * Steady traffic while the cluster changes under it: `concurrency` workers, each writing a key and
 * reading it back. It records every acknowledged write (to check none is lost), every error, and
 * the longest stretch during which a watched set of slots saw no successful command — the outage as
 * the client lived it.
 */
export class Workload {
  ops = 0;
  errors: Error[] = [];
  /** key → value of every write the cluster acknowledged. */
  readonly acknowledged = new Map<string, string>();
  #stop = false;
  #running: Promise<void> | undefined;
  #watched = new Set<number>();
  #lastWatchedSuccess = 0;
  #longestGap = 0;
  #slowest = 0;
  #seq = 0;

  constructor(private readonly cluster: RedisClusterType, private readonly concurrency = 50) {}

  start(): void {
    this.#stop = false;
    this.#running = Promise.all(Array.from({ length: this.concurrency }, () => this.#worker())).then(() => undefined);
  }

  async stop(): Promise<void> {
    this.#stop = true;
    await this.#running;
  }

  /** Measure the outage of these slots from now on. */
  watch(slots: Iterable<number>): void {
    this.#watched = new Set(slots);
    this.#lastWatchedSuccess = performance.now();
    this.#longestGap = 0;
    this.#slowest = 0;
  }

  /** Longest time the watched slots went without a successful command, and the slowest command. */
  get outage(): { longestGap: number; slowestCommand: number } {
    return { longestGap: this.#longestGap, slowestCommand: this.#slowest };
  }

  async #worker(): Promise<void> {
    while (!this.#stop) {
      // 20k keys over 1,000 hash tags: ~20 keys per slot, so a slot that moves is in use.
      const n = this.#seq++ % 20_000;
      const key = `demo:{${n % 1_000}}:${n}`;
      const value = String(this.#seq);
      const started = performance.now();
      try {
        await this.cluster.set(key, value);
        this.acknowledged.set(key, value);
        const read = await this.cluster.get(key);
        if (read !== value && this.acknowledged.get(key) === value) throw new Error(`${key}: read ${String(read)}, wrote ${value}`);
        this.ops += 2;
        this.#observe(key, started);
      } catch (error) {
        this.acknowledged.delete(key);
        this.errors.push(error as Error);
      }
    }
  }

  #observe(key: string, started: number): void {
    const now = performance.now();
    this.#slowest = Math.max(this.#slowest, now - started);
    if (!this.#watched.has(keySlot(key))) return;
    this.#longestGap = Math.max(this.#longestGap, now - this.#lastWatchedSuccess);
    this.#lastWatchedSuccess = now;
  }
}
