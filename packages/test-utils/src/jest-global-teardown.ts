// jest `globalTeardown` entry point (package export `@x/test-utils/jest-global-teardown`): stops the
// shared servers. If jest dies instead, the process registry's exit handler and watchdog kill them.
import { stopSharedServers } from './jest-shared-servers';

/** Called by jest once per run, in the main process, after every test file. */
export default async function globalTeardown(): Promise<void> {
  await stopSharedServers();
}
