import { remainingTimeout } from './pool-scheduler';

describe('remainingTimeout', () => {
  it('is what the wait left of the deadline, rounded down to a 32nd of it (few distinct values)', () => {
    // A 32nd of 5000 ms is 157 ms.
    expect(remainingTimeout(5000, 1)).toBe(31 * 157);
    expect(remainingTimeout(5000, 100)).toBe(31 * 157);
    expect(remainingTimeout(5000, 157)).toBe(30 * 157);
    const values = new Set(Array.from({ length: 4800 }, (_, waited) => remainingTimeout(5000, waited + 1)));
    expect(values.size).toBeLessThanOrEqual(32);
    for (let waited = 1; waited < 5000; waited += 7) expect(remainingTimeout(5000, waited)).toBeLessThanOrEqual(5000 - waited);
  });

  it('the last 32nd counts down by the millisecond, never below 1', () => {
    expect(remainingTimeout(5000, 4900)).toBe(100);
    expect(remainingTimeout(5000, 4999.5)).toBe(1);
    expect(remainingTimeout(30, 29)).toBe(1);
  });
});
