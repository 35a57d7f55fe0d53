import { DeadlineTracker, type Expirable } from './deadline-tracker';

class Item implements Expirable {
  settled = false;
  constructor(
    public readonly name: string,
    public timeout: number,
    public deadline: number,
  ) {}
}

function tracker(): { tracker: DeadlineTracker<Item>; expired: string[] } {
  const expired: string[] = [];
  const t = new DeadlineTracker<Item>((item) => {
    (item as { settled: boolean }).settled = true;
    expired.push(item.name);
  });
  return { tracker: t, expired };
}

/** An item of `timeout` ms tracked now. */
function track(t: DeadlineTracker<Item>, name: string, timeout: number): Item {
  const item = new Item(name, timeout, performance.now() + timeout);
  t.track(item);
  return item;
}

describe('DeadlineTracker', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('expires each item at its deadline, in order, with one timer', () => {
    const { tracker: t, expired } = tracker();
    track(t, 'a', 100);
    jest.advanceTimersByTime(10);
    track(t, 'b', 100);
    expect(jest.getTimerCount()).toBe(1);
    jest.advanceTimersByTime(89);
    expect(expired).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(expired).toEqual(['a']);
    jest.advanceTimersByTime(10);
    expect(expired).toEqual(['a', 'b']);
    expect(t.size).toBe(0);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('keeps one FIFO per timeout value: a short timeout behind a long one expires first', () => {
    const { tracker: t, expired } = tracker();
    track(t, 'long', 1_000);
    track(t, 'short', 50);
    jest.advanceTimersByTime(50);
    expect(expired).toEqual(['short']);
    jest.advanceTimersByTime(950);
    expect(expired).toEqual(['short', 'long']);
  });

  it('never expires a settled item, and release drops settled items from the head (nothing kept alive)', () => {
    const { tracker: t, expired } = tracker();
    const a = track(t, 'a', 100);
    const b = track(t, 'b', 100);
    const c = track(t, 'c', 100);
    b.settled = true;
    t.release(b); // not at the head: stays until a goes
    expect(t.size).toBe(3);
    a.settled = true;
    t.release(a);
    expect(t.size).toBe(1); // a and b dropped, c remains
    jest.advanceTimersByTime(100);
    expect(expired).toEqual(['c']);
    c.settled = true;
    t.release(c);
    expect(t.size).toBe(0);
  });

  it('disarms its timer once nothing is tracked', () => {
    const { tracker: t } = tracker();
    const a = track(t, 'a', 100);
    expect(jest.getTimerCount()).toBe(1);
    a.settled = true;
    t.release(a);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('a retried attempt keeps its earlier deadline: out of its FIFO\'s order, it still expires on time', () => {
    const { tracker: t, expired } = tracker();
    // A command issued at 0 with a 100 ms timeout, retried at 60 ms after an outage…
    const first = new Item('retried', 100, performance.now() + 100);
    jest.advanceTimersByTime(50);
    track(t, 'fresh', 100); // …while a fresh command of the same timeout (deadline 150) is queued
    jest.advanceTimersByTime(10);
    t.track(first); // the retry: deadline 100, before its FIFO's last (150)
    jest.advanceTimersByTime(39);
    expect(expired).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(expired).toEqual(['retried']); // at 100, not when 'fresh' expires
    jest.advanceTimersByTime(50);
    expect(expired).toEqual(['retried', 'fresh']);
    expect(t.size).toBe(0);
  });

  it('expires many out-of-order items by deadline, and skips those that settled', () => {
    const { tracker: t, expired } = tracker();
    track(t, 'tail', 1_000); // makes every later item of timeout 1000 with an earlier deadline "early"
    const deadlines = [700, 300, 900, 100, 500, 200, 800, 400, 600];
    const items = deadlines.map((ms) => new Item(`d${ms}`, 1_000, performance.now() + ms));
    for (const item of items) t.track(item);
    items.find((i) => i.name === 'd500')!.settled = true;
    jest.advanceTimersByTime(1_000);
    expect(expired).toEqual(['d100', 'd200', 'd300', 'd400', 'd600', 'd700', 'd800', 'd900', 'tail']);
  });

  it('clear() forgets everything and stops the timer', () => {
    const { tracker: t, expired } = tracker();
    track(t, 'a', 100);
    t.track(new Item('early', 100, performance.now() + 10));
    t.clear();
    expect(t.size).toBe(0);
    jest.advanceTimersByTime(1_000);
    expect(expired).toEqual([]);
  });
});
