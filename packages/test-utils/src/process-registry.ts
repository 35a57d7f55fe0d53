// Every redis-server this package spawns is registered here so that none outlives its owner:
// 1. a synchronous `exit` handler on the real process SIGKILLs them (normal exit, process.exit(),
//    an uncaught exception);
// 2. a detached watchdog process (see watchdog-source.ts) SIGKILLs them when the owner dies in a way
//    that runs no JavaScript (SIGKILL, jest killing a worker, OOM).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import vm from 'node:vm';
import { WATCHDOG_SOURCE } from './watchdog-source';

// Under jest, `process` in a test file is a per-file copy whose `exit` listeners never fire; the
// top-level context of the isolate still holds the real one.
const realProcess = vm.runInThisContext('process') as NodeJS.Process;

const pids = new Set<number>();
const dirs = new Set<string>();
let watchdog: ChildProcess | undefined;
let exitHandlerInstalled = false;

function killAllNow(): void {
  for (const pid of pids) {
    try {
      realProcess.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const dir of dirs) {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // best effort: the watchdog tries again
    }
  }
}

function tell(line: string): void {
  // A new watchdog is told every registered pid and dir when it starts, this line included.
  if (watchdog === undefined) startWatchdog();
  else watchdog.stdin?.write(`${line}\n`);
}

function startWatchdog(): void {
  const child = spawn(realProcess.execPath, ['-e', WATCHDOG_SOURCE], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  // Neither the watchdog nor its pipe may keep the owner alive.
  child.unref();
  if (child.stdin instanceof net.Socket) child.stdin.unref();
  child.stdin?.on('error', () => undefined);
  child.on('exit', () => {
    if (watchdog === child) watchdog = undefined;
  });
  watchdog = child;
  for (const pid of pids) child.stdin?.write(`+${pid}\n`);
  for (const dir of dirs) child.stdin?.write(`+dir:${dir}\n`);
}

function updateLifecycle(): void {
  const empty = pids.size === 0 && dirs.size === 0;
  if (!empty && !exitHandlerInstalled) {
    realProcess.on('exit', killAllNow);
    exitHandlerInstalled = true;
  } else if (empty && exitHandlerInstalled) {
    // Removed when idle so that many test files in one jest worker do not pile up listeners.
    realProcess.removeListener('exit', killAllNow);
    exitHandlerInstalled = false;
  }
  if (empty && watchdog !== undefined) {
    watchdog.stdin?.end();
    watchdog = undefined;
  }
}

/** Registers a spawned process to be SIGKILLed if its owner exits or dies without stopping it. */
export function registerProcess(pid: number): void {
  pids.add(pid);
  updateLifecycle();
  tell(`+${pid}`);
}

/** Forgets a process the owner stopped itself. */
export function unregisterProcess(pid: number): void {
  if (!pids.delete(pid)) return;
  watchdog?.stdin?.write(`-${pid}\n`);
  updateLifecycle();
}

/** Registers a temp dir to be removed if the owner exits or dies without removing it. */
export function registerDir(dir: string): void {
  dirs.add(dir);
  updateLifecycle();
  tell(`+dir:${dir}`);
}

/** Forgets a temp dir the owner removed itself. */
export function unregisterDir(dir: string): void {
  if (!dirs.delete(dir)) return;
  watchdog?.stdin?.write(`-dir:${dir}\n`);
  updateLifecycle();
}

/** The pid of the current watchdog process, if one runs (for tests). */
export function watchdogPid(): number | undefined {
  return watchdog?.pid;
}

/** Whether `pid` is a live process (a zombie awaiting its parent counts as dead). */
export function isProcessAlive(pid: number): boolean {
  try {
    realProcess.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}
