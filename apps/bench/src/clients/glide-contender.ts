// Valkey GLIDE (Rust core over a Unix socket, protobuf requests) behind the bench interface.
import { GlideClient, GlideClusterClient, Logger, type GlideString } from '@valkey/valkey-glide';
import type { BenchClient, Endpoint } from './bench-client';
import { BURST } from './workloads';

export const GLIDE_NAME = 'valkey-glide 2.5.2';

/**
 * The settings GLIDE needs to run every workload (the rest are its defaults: RESP3, reads from
 * primaries, the string decoder, TCP_NODELAY):
 * - `inflightRequestsLimit`: its default of 1000 rejects every command past the 1000th still
 *   awaiting its reply ("Reached maximum inflight requests"), so the burst of 100k fails 90% of its
 *   commands; the limit is the burst's size.
 * - `requestTimeout`: its default of 250 ms times out most of the burst (the last command of 100k
 *   waits behind the other 99,999); 5 s, the default deadline of ours and node-redis's.
 */
const GLIDE_OPTIONS = { requestTimeout: 5_000, inflightRequestsLimit: BURST } as const;

// GLIDE's core logs warnings to stdout, where they would land amid the result table. A command that
// fails still rejects its promise, which fails the case; errors are still logged.
let loggerConfigured = false;
function configureLogger(): void {
  if (loggerConfigured) return;
  loggerConfigured = true;
  Logger.setLoggerConfig('error');
}

export async function glideStandalone(endpoint: Endpoint): Promise<BenchClient> {
  configureLogger();
  const client = await GlideClient.createClient({ addresses: [endpoint], ...GLIDE_OPTIONS });
  return adapt(GLIDE_NAME, client);
}

export async function glideCluster(rootNodes: Endpoint[]): Promise<BenchClient> {
  configureLogger();
  const client = await GlideClusterClient.createClient({ addresses: rootNodes, ...GLIDE_OPTIONS });
  return adapt(GLIDE_NAME, client);
}

// With the default string decoder GLIDE already returns strings; a Buffer (GlideString's other half)
// is turned into the string node-redis would return, so replies compare equal as they are.
const text = (value: GlideString | null): string | null => (value === null || typeof value === 'string' ? value : value.toString());

function adapt(name: string, client: GlideClient | GlideClusterClient): BenchClient {
  return {
    name,
    set: async (k, v) => {
      const reply = await client.set(k, v);
      return reply === null ? null : text(reply);
    },
    get: async (k) => text(await client.get(k)),
    mGet: async (keys) => (await client.mget(keys)).map(text),
    // close() is synchronous: it rejects what is pending and ends the socket to the core, which lets
    // the process exit.
    close: () => {
      client.close();
      return Promise.resolve();
    },
  };
}
