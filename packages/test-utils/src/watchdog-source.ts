// The source of the detached watchdog process, run with `node -e`. It is a string (not a file of this
// package) so it works the same from `src/` under jest and from `dist/`.
//
// Protocol on its stdin, one line each: `+pid` (watch a process), `-pid` (forget it), `+dir:/path`,
// `-dir:/path` (a temp dir to remove). When stdin ends — the owner exited, crashed or was SIGKILLed,
// the kernel closes the pipe either way — it SIGKILLs every watched pid that is still the same
// program (its /proc comm is unchanged, so a reused pid is never hit) and removes the dirs.
export const WATCHDOG_SOURCE = String.raw`
'use strict';
const fs = require('fs');
const pids = new Map();
const dirs = new Set();
function comm(pid) {
  try { return fs.readFileSync('/proc/' + pid + '/comm', 'utf8').trim(); } catch { return undefined; }
}
function alive(pid) {
  try { process.kill(pid, 0); } catch { return false; }
  try { return !/^\d+ \(.*\) Z/.test(fs.readFileSync('/proc/' + pid + '/stat', 'utf8')); } catch { return true; }
}
let rest = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  rest += chunk;
  const lines = rest.split('\n');
  rest = lines.pop();
  for (const line of lines) {
    if (line.startsWith('+dir:')) dirs.add(line.slice(5));
    else if (line.startsWith('-dir:')) dirs.delete(line.slice(5));
    else if (line.startsWith('+')) pids.set(Number(line.slice(1)), comm(Number(line.slice(1))));
    else if (line.startsWith('-')) pids.delete(Number(line.slice(1)));
  }
});
function cleanUp() {
  for (const [pid, name] of pids) {
    if (name !== undefined && comm(pid) !== name) continue;
    try { process.kill(pid, 'SIGKILL'); } catch {}
  }
  // Give the kernel a moment to release the processes' files before removing their dirs.
  const deadline = Date.now() + 2000;
  const poll = () => {
    if ([...pids.keys()].some(alive) && Date.now() < deadline) return setTimeout(poll, 20);
    for (const dir of dirs) { try { fs.rmSync(dir, { recursive: true, force: true }); } catch {} }
    process.exit(0);
  };
  poll();
}
process.stdin.on('end', cleanUp);
process.stdin.on('error', cleanUp);
process.on('SIGTERM', () => {});
process.on('SIGINT', () => {});
process.on('SIGHUP', () => {});
`;
