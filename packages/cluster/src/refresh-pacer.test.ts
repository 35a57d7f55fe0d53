import { MAX_INTERVAL_MS, MIN_INTERVAL_MS, RefreshPacer, moreUrgent } from './refresh-pacer';

describe('RefreshPacer', () => {
  it('lets the first read of each kind run at once', () => {
    const pacer = new RefreshPacer(() => 0);
    expect(pacer.earliest('paced')).toBe(Number.NEGATIVE_INFINITY);
    expect(pacer.earliest('soon')).toBe(Number.NEGATIVE_INFINITY);
  });

  it('keeps reads at least MIN_INTERVAL_MS apart, except those the user asks for', () => {
    const pacer = new RefreshPacer(() => 0);
    pacer.started(1_000);
    pacer.finished(true);
    expect(pacer.earliest('soon')).toBe(1_000 + MIN_INTERVAL_MS);
    expect(pacer.earliest('paced')).toBe(1_000 + MIN_INTERVAL_MS);
    expect(pacer.earliest('now')).toBe(Number.NEGATIVE_INFINITY);
  });

  it('doubles the paced interval with each read that found nothing changed, up to the cap', () => {
    const pacer = new RefreshPacer(() => 0);
    const intervals: number[] = [];
    for (let i = 0; i < 6; i++) {
      pacer.started(0);
      pacer.finished(false);
      intervals.push(pacer.interval());
    }
    expect(intervals).toEqual([1_000, 2_000, 2_000, 2_000, 2_000, 2_000]);
    expect(MAX_INTERVAL_MS).toBe(2_000);
    // A periodic or MOVED-driven read is not backed off.
    expect(pacer.earliest('soon')).toBe(MIN_INTERVAL_MS);
  });

  it('resets the backoff when a read finds a change, or a MOVED says so', () => {
    const pacer = new RefreshPacer(() => 0);
    pacer.finished(false);
    pacer.finished(false);
    expect(pacer.interval()).toBe(2_000);
    pacer.finished(true);
    expect(pacer.interval()).toBe(MIN_INTERVAL_MS);
    pacer.finished(false);
    pacer.noteChange();
    expect(pacer.interval()).toBe(MIN_INTERVAL_MS);
  });

  it('adds up to 25 % of jitter, drawn once per read', () => {
    const pacer = new RefreshPacer(() => 0.999);
    pacer.finished(false);
    expect(pacer.interval()).toBeGreaterThan(1_000);
    expect(pacer.interval()).toBeLessThan(1_250);
    expect(pacer.interval()).toBe(pacer.interval());
  });

  it('orders urgencies', () => {
    expect(moreUrgent(undefined, 'paced')).toBe('paced');
    expect(moreUrgent('paced', 'soon')).toBe('soon');
    expect(moreUrgent('now', 'paced')).toBe('now');
  });
});
