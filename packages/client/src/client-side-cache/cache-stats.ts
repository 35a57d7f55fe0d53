/**
 * node-redis's `CacheStats`: an immutable snapshot of a client-side cache's counters, with the
 * same fields and methods (Caffeine's model: hits, misses, loads, load time, evictions).
 */
export class CacheStats {
  private constructor(
    readonly hitCount: number,
    readonly missCount: number,
    readonly loadSuccessCount: number,
    readonly loadFailureCount: number,
    /** Milliseconds spent loading entries (successful and failed loads). */
    readonly totalLoadTime: number,
    readonly evictionCount: number,
  ) {
    if (hitCount < 0 || missCount < 0 || loadSuccessCount < 0 || loadFailureCount < 0 || totalLoadTime < 0 || evictionCount < 0) {
      throw new RangeError('Every cache statistic must be non-negative');
    }
  }

  static of(hitCount = 0, missCount = 0, loadSuccessCount = 0, loadFailureCount = 0, totalLoadTime = 0, evictionCount = 0): CacheStats {
    return new CacheStats(hitCount, missCount, loadSuccessCount, loadFailureCount, totalLoadTime, evictionCount);
  }

  static readonly #EMPTY = new CacheStats(0, 0, 0, 0, 0, 0);

  /** No event recorded. */
  static empty(): CacheStats {
    return CacheStats.#EMPTY;
  }

  /** Lookups: hits plus misses. */
  requestCount(): number {
    return this.hitCount + this.missCount;
  }

  /** hits / lookups; 1 when nothing was looked up (as node-redis). */
  hitRate(): number {
    const requests = this.requestCount();
    return requests === 0 ? 1 : this.hitCount / requests;
  }

  /** misses / lookups; 0 when nothing was looked up. */
  missRate(): number {
    const requests = this.requestCount();
    return requests === 0 ? 0 : this.missCount / requests;
  }

  loadCount(): number {
    return this.loadSuccessCount + this.loadFailureCount;
  }

  loadFailureRate(): number {
    const loads = this.loadCount();
    return loads === 0 ? 0 : this.loadFailureCount / loads;
  }

  /** Mean milliseconds per load. */
  averageLoadPenalty(): number {
    const loads = this.loadCount();
    return loads === 0 ? 0 : this.totalLoadTime / loads;
  }

  /** This minus `other`, each counter floored at 0. */
  minus(other: CacheStats): CacheStats {
    return CacheStats.of(
      Math.max(0, this.hitCount - other.hitCount),
      Math.max(0, this.missCount - other.missCount),
      Math.max(0, this.loadSuccessCount - other.loadSuccessCount),
      Math.max(0, this.loadFailureCount - other.loadFailureCount),
      Math.max(0, this.totalLoadTime - other.totalLoadTime),
      Math.max(0, this.evictionCount - other.evictionCount),
    );
  }

  plus(other: CacheStats): CacheStats {
    return CacheStats.of(
      this.hitCount + other.hitCount,
      this.missCount + other.missCount,
      this.loadSuccessCount + other.loadSuccessCount,
      this.loadFailureCount + other.loadFailureCount,
      this.totalLoadTime + other.totalLoadTime,
      this.evictionCount + other.evictionCount,
    );
  }
}

/** The running counters behind `stats()`; with `recordStats: false` nothing is counted. */
export class StatsCounter {
  hits = 0;
  misses = 0;
  loadSuccesses = 0;
  loadFailures = 0;
  loadTime = 0;
  evictions = 0;
  readonly #enabled: boolean;

  constructor(enabled: boolean) {
    this.#enabled = enabled;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  snapshot(): CacheStats {
    if (!this.#enabled) return CacheStats.empty();
    return CacheStats.of(this.hits, this.misses, this.loadSuccesses, this.loadFailures, this.loadTime, this.evictions);
  }
}
