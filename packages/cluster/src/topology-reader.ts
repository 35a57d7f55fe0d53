import type { RedisClientOptions } from '@x/client';
import { createNodeConnection } from '@x/client/node-connection';
import { ReplyError } from '@x/resp';
import { NotClusterModeError, ClusterConnectError } from './errors';
import type { NodeEntry, NodeRegistry } from './node-registry';
import { nodeClientOptions, rootNodeAddress, type RedisClusterClientOptions, type ResolvedClusterOptions } from './options';
import { parseClusterShards, parseClusterSlots } from './topology/parse-shards';
import type { Topology } from './topology/topology';

/** A healthy node answers `CLUSTER SHARDS` in well under a millisecond; one that doesn't is skipped. */
const QUERY_OPTIONS = { timeout: 1_000 };
/** Known nodes awaiting replies for this long without reading anything are not asked. */
const STALLED_SOURCE_MS = 500;

/** Something that can answer a topology command: a node connection. */
interface TopologySource {
  address: string;
  host: string;
  query(args: string[]): Promise<unknown>;
  /** Release a temporary connection. */
  release(): void;
}

/**
 * Finds out the cluster's shape: asks known nodes first (a random order, so one stale node does not
 * always win), then the root nodes, and parses the first answer. `CLUSTER SHARDS` first; a server
 * before Redis 7 (unknown subcommand) gets `CLUSTER SLOTS`.
 */
export class TopologyReader {
  readonly #options: ResolvedClusterOptions;
  readonly #registry: NodeRegistry;
  readonly #rootClientOptions: (root: RedisClusterClientOptions) => RedisClientOptions;
  #useSlotsCommand = false;

  constructor(options: ResolvedClusterOptions, registry: NodeRegistry, rootClientOptions: (root: RedisClusterClientOptions) => RedisClientOptions) {
    this.#options = options;
    this.#registry = registry;
    this.#rootClientOptions = rootClientOptions;
  }

  /**
   * Reads the topology. `knownFirst` false skips the node connections (the first discovery). Rejects
   * with a ClusterConnectError carrying each node's reason when nobody answered, or a
   * NotClusterModeError when a node is not a cluster node.
   */
  async read(knownFirst: boolean): Promise<Topology> {
    const errors: Array<{ address: string; error: Error }> = [];
    const tried = new Set<string>();
    const sources: Array<() => TopologySource | undefined> = [];
    if (knownFirst) {
      for (const entry of shuffle([...this.#registry.entries()])) {
        // A node that stopped answering would hold the refresh up (and may be the very node that
        // is being failed over): ask the others.
        if (!entry.isReady || entry.connection.stalledFor > STALLED_SOURCE_MS) continue;
        sources.push(() => ({
          address: entry.address,
          host: entry.node.host,
          query: (args) => entry.send(args, QUERY_OPTIONS),
          release: () => undefined,
        }));
      }
    }
    for (const root of shuffle([...this.#options.rootNodes])) {
      sources.push(() => this.#rootSource(root));
    }
    for (const makeSource of sources) {
      const source = makeSource();
      if (source === undefined || tried.has(source.address)) {
        source?.release();
        continue;
      }
      tried.add(source.address);
      try {
        return await this.#query(source);
      } catch (error) {
        if (error instanceof NotClusterModeError) throw error;
        errors.push({ address: source.address, error: error as Error });
      } finally {
        source.release();
      }
    }
    throw new ClusterConnectError(errors);
  }

  /**
   * The topology as one known node describes it now (to confirm that a node a MOVED or ASK names
   * is a member before any connection — and credentials — go to it).
   */
  readFrom(entry: NodeEntry): Promise<Topology> {
    return this.#query({
      address: entry.address,
      host: entry.node.host,
      query: (args) => entry.send(args, QUERY_OPTIONS),
      release: () => undefined,
    });
  }

  #rootSource(root: RedisClusterClientOptions): TopologySource {
    const address = rootNodeAddress(root, this.#options.defaults);
    const known = this.#registry.get(address);
    if (known?.isReady) {
      return { address, host: known.node.host, query: (args) => known.send(args, QUERY_OPTIONS), release: () => undefined };
    }
    const options = this.#rootClientOptions(root);
    const connection = createNodeConnection({ ...options, socket: { ...options.socket, reconnectStrategy: false } });
    let connected: Promise<unknown> | undefined;
    return {
      address,
      host: address.slice(0, address.lastIndexOf(':')),
      query: async (args) => {
        connected ??= connection.connect();
        await connected;
        return connection.send(args, QUERY_OPTIONS);
      },
      release: () => connection.destroy(),
    };
  }

  async #query(source: TopologySource): Promise<Topology> {
    const asked = { host: source.host };
    if (!this.#useSlotsCommand) {
      try {
        return parseClusterShards(await source.query(['CLUSTER', 'SHARDS']), asked);
      } catch (error) {
        // A server before Redis 7, or an ACL that allows CLUSTER SLOTS but not CLUSTER SHARDS (NOPERM):
        // SLOTS from now on (it describes the same slots; every node usually runs as the same user).
        if (!isUnknownSubcommand(error) && !isNoPermission(error)) throw asClusterError(error, source.address);
        this.#useSlotsCommand = true;
      }
    }
    try {
      return parseClusterSlots(await source.query(['CLUSTER', 'SLOTS']), asked);
    } catch (error) {
      throw asClusterError(error, source.address);
    }
  }
}

function isUnknownSubcommand(error: unknown): boolean {
  return error instanceof ReplyError && /unknown subcommand/i.test(error.message);
}

function isNoPermission(error: unknown): boolean {
  return error instanceof ReplyError && error.code === 'NOPERM';
}

function asClusterError(error: unknown, address: string): unknown {
  if (error instanceof ReplyError && /cluster support disabled/i.test(error.message)) return new NotClusterModeError(address);
  return error;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Options of the temporary connection to a root node that is not (yet) a known node. */
export function rootClientOptions(
  resolved: ResolvedClusterOptions,
  root: RedisClusterClientOptions,
): RedisClientOptions {
  const address = rootNodeAddress(root, resolved.defaults);
  const colon = address.lastIndexOf(':');
  const options = nodeClientOptions(resolved, { host: address.slice(0, colon), port: Number(address.slice(colon + 1)) }, root, {});
  // A topology query only: no READONLY, no offline queue games.
  return { ...options, readonly: false, disableOfflineQueue: false };
}
