// jest `globalSetup` entry point (package export `@x/test-utils/jest-global-setup`): starts the
// shared servers the project asks for in `globals.xTestServers` and publishes them in process.env.
import { sharedServersOptions, startSharedServers, type JestProjectConfigLike } from './jest-shared-servers';

/** Called by jest once per run, in the main process, before any test file. */
export default async function globalSetup(_globalConfig: unknown, projectConfig: JestProjectConfigLike): Promise<void> {
  await startSharedServers(sharedServersOptions(projectConfig));
}
