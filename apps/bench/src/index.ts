import { runRegistered } from './harness';
import { registerCodecCases } from './codec';

// Each group registers its cases; `pnpm bench -- <filter>` picks by group or case name.
registerCodecCases();

runRegistered(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
