import { WaitingTasks, type WaitLimits } from './waiting-tasks';

const NO_LIMITS: WaitLimits = { ms: 0, onTimeout: () => new Error('timeout'), signal: undefined, onAbort: () => new Error('abort') };

function recorder(): { started: string[]; failed: Array<[string, string]>; add(tasks: WaitingTasks<string>, id: string, limits?: WaitLimits): ReturnType<WaitingTasks<string>['add']> } {
  const started: string[] = [];
  const failed: Array<[string, string]> = [];
  return {
    started,
    failed,
    add: (tasks, id, limits = NO_LIMITS) =>
      tasks.add(
        (member) => started.push(`${id}@${member}`),
        (error) => failed.push([id, error.message]),
        limits,
      ),
  };
}

describe('WaitingTasks', () => {
  it('hands tasks out oldest first and counts those waiting', () => {
    const tasks = new WaitingTasks<string>();
    const r = recorder();
    r.add(tasks, 'a');
    r.add(tasks, 'b');
    expect(tasks.length).toBe(2);
    tasks.take()!.start('m1', 0);
    tasks.take()!.start('m2', 0);
    expect(r.started).toEqual(['a@m1', 'b@m2']);
    expect(tasks.length).toBe(0);
    expect(tasks.take()).toBeUndefined();
  });

  it('a cancelled task is skipped (a tombstone), the order of the others unchanged', () => {
    const tasks = new WaitingTasks<string>();
    const r = recorder();
    r.add(tasks, 'a');
    const b = r.add(tasks, 'b');
    r.add(tasks, 'c');
    expect(tasks.cancel(b)).toBe(true);
    expect(tasks.cancel(b)).toBe(false);
    expect(tasks.length).toBe(2);
    expect(tasks.takeAll().map((t) => (t.start('m', 0), r.started.at(-1)))).toEqual(['a@m', 'c@m']);
  });

  it('fails a task when its time is up, and takes it out', async () => {
    const tasks = new WaitingTasks<string>();
    const r = recorder();
    r.add(tasks, 'slow', { ...NO_LIMITS, ms: 5, onTimeout: () => new Error('waited too long') });
    r.add(tasks, 'patient');
    await new Promise<void>((resolve) => {
      const check = (): void => (r.failed.length > 0 ? resolve() : void setImmediate(check));
      check();
    });
    expect(r.failed).toEqual([['slow', 'waited too long']]);
    expect(tasks.length).toBe(1);
    tasks.take()!.start('m', 0);
    expect(r.started).toEqual(['patient@m']);
  });

  it('fails a task when its signal aborts, and forgets the listener once it is taken', () => {
    const tasks = new WaitingTasks<string>();
    const r = recorder();
    const first = new AbortController();
    const second = new AbortController();
    r.add(tasks, 'a', { ...NO_LIMITS, signal: first.signal, onAbort: (s) => new Error(`aborted: ${String(s.reason)}`) });
    r.add(tasks, 'b', { ...NO_LIMITS, signal: second.signal });
    first.abort('bye');
    expect(r.failed).toEqual([['a', 'aborted: bye']]);
    tasks.take()!.start('m', 0);
    second.abort();
    expect(r.failed).toHaveLength(1);
    expect(r.started).toEqual(['b@m']);
  });

  it('a task taken before its timer fires has its timer cleared (it cannot fail later)', () => {
    const tasks = new WaitingTasks<string>();
    const r = recorder();
    const task = r.add(tasks, 'a', { ...NO_LIMITS, ms: 60_000 });
    expect(task._timer).toBeDefined();
    tasks.take()!.start('m', 0);
    expect(task._timer).toBeUndefined();
    expect(tasks.cancel(task)).toBe(false);
    expect(r.failed).toEqual([]);
  });

  it('firstNotGrowing skips tasks a client is being opened for', () => {
    const tasks = new WaitingTasks<string>();
    const r = recorder();
    const a = r.add(tasks, 'a');
    const b = r.add(tasks, 'b');
    a.growing = true;
    expect(tasks.firstNotGrowing()).toBe(b);
    b.growing = true;
    expect(tasks.firstNotGrowing()).toBeUndefined();
  });
});
