import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { isProcessAlive, waitFor, done, notYet } from '../src';

interface Started {
  pid: number;
  dir: string;
}

/** Runs the fixture in a separate node process and resolves with the server it started. */
function startChild(mode: 'wait' | 'exit'): Promise<{ child: ReturnType<typeof spawn>; started: Started }> {
  const child = spawn(process.execPath, [path.join(__dirname, 'fixtures/start-server-child.js'), mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line !== undefined) resolve({ child, started: JSON.parse(line) as Started });
    });
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => {
      if (!out.includes('\n')) reject(new Error(`fixture exited with ${code}: ${err}`));
    });
  });
}

const gone = (started: Started): Promise<void> =>
  waitFor(
    `redis-server ${started.pid} and ${started.dir} gone`,
    async () => {
      if (isProcessAlive(started.pid)) return notYet('process alive');
      if (fs.existsSync(started.dir)) return notYet('dir still there');
      return done(undefined);
    },
    { timeoutMs: 10_000 },
  );

describe('no stray processes', () => {
  it('the watchdog kills the server when its owner is SIGKILLed', async () => {
    const { child, started } = await startChild('wait');
    expect(isProcessAlive(started.pid)).toBe(true);
    child.kill('SIGKILL');
    await gone(started);
  });

  it('the exit handler kills the server when its owner exits without stopping it', async () => {
    const { started } = await startChild('exit');
    await gone(started);
  });
});
