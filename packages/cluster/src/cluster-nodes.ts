// The cluster's nodes as its public members show them (`masters`, `replicas`, `nodeByAddress`,
// `slots`, `pubSubNode`), shaped as node-redis 6's ShardNode / MasterNode: the node's data, plus
// `client` — a client on the connection the cluster routes to that node with — once that connection
// was opened. Libraries written for node-redis use it directly (the socket.io adapter counts its
// servers with `cluster.masters.map((n) => n.client.sendCommand(['PUBSUB', 'NUMSUB', ch]))`).
import type { RedisClientType } from '@x/client';
import type { RedisFunctions, RedisModules, RedisScripts, RespVersions, TypeMapping } from '@x/modules';
import type { NodeEntry } from './node-registry';
import type { PubSubConnection } from './pub-sub-connection';
import type { ClusterNode } from './topology/cluster-node';
import type { ShardRoute, SlotMap } from './topology/slot-map';

/** A node of the cluster (master or replica), as node-redis's `ShardNode`. */
export interface ShardNode<
  M extends RedisModules = Record<never, never>,
  F extends RedisFunctions = Record<never, never>,
  S extends RedisScripts = Record<never, never>,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
> extends Readonly<ClusterNode> {
  /** A replica (node-redis's name for it). */
  readonly readonly: boolean;
  /**
   * A client on the cluster's connection to this node, once that connection was opened (at
   * `connect()`, or on first use with `minimizeConnections`); undefined before. It shares the
   * connection the cluster routes this node's commands on: closing it closes that connection.
   */
  readonly client: RedisClientType<M, F, S, RESP, TYPE_MAPPING> | undefined;
  /** While that connection opens for the first time: resolves with `client` once it is up. */
  readonly connectPromise: Promise<RedisClientType<M, F, S, RESP, TYPE_MAPPING>> | undefined;
}

/** A master, as node-redis's `MasterNode`: also its sharded pub/sub connection, if one is open. */
export interface MasterNode<
  M extends RedisModules = Record<never, never>,
  F extends RedisFunctions = Record<never, never>,
  S extends RedisScripts = Record<never, never>,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
> extends ShardNode<M, F, S, RESP, TYPE_MAPPING> {
  /** The connection holding this master's sharded subscriptions (`sSubscribe`), while there is one. */
  readonly pubSub: PubSubClient<M, F, S, RESP, TYPE_MAPPING> | undefined;
}

/** A dedicated pub/sub connection's client, and — while it first opens — the promise of it. */
export interface PubSubClient<
  M extends RedisModules = Record<never, never>,
  F extends RedisFunctions = Record<never, never>,
  S extends RedisScripts = Record<never, never>,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
> {
  readonly client: RedisClientType<M, F, S, RESP, TYPE_MAPPING>;
  readonly connectPromise: Promise<RedisClientType<M, F, S, RESP, TYPE_MAPPING>> | undefined;
}

/** node-redis's `pubSubNode`: where the channels and patterns (`subscribe`, `pSubscribe`) are held. */
export interface PubSubNode<
  M extends RedisModules = Record<never, never>,
  F extends RedisFunctions = Record<never, never>,
  S extends RedisScripts = Record<never, never>,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
> extends PubSubClient<M, F, S, RESP, TYPE_MAPPING> {
  readonly address: string;
}

/** A master and its replicas, as `cluster.slots[slot]` shows them. */
export interface Shard<
  M extends RedisModules = Record<never, never>,
  F extends RedisFunctions = Record<never, never>,
  S extends RedisScripts = Record<never, never>,
  RESP extends RespVersions = 3,
  TYPE_MAPPING extends TypeMapping = Record<never, never>,
> {
  readonly master: MasterNode<M, F, S, RESP, TYPE_MAPPING>;
  /** Replicas that have not failed (online, or still loading their data). */
  readonly replicas: ReadonlyArray<ShardNode<M, F, S, RESP, TYPE_MAPPING>>;
  /** The master and its online replicas: what `useReplicas` spreads reads over. */
  readonly nodes: ReadonlyArray<ShardNode<M, F, S, RESP, TYPE_MAPPING>>;
}

/** Where the views read a node's connections from, when asked (never a copy that could go stale). */
export interface NodeLinks {
  /** The registry's entry (command connection) of the node at `address`. */
  entry(address: string): NodeEntry | undefined;
  /** The sharded pub/sub connection to the master at `address`. */
  shardedPubSub(address: string): PubSubConnection | undefined;
}

/**
 * One node's view: its data as own fields (so `util.inspect`, `JSON.stringify` and `toEqual` see
 * exactly what the topology said), its connections as getters read on access — the links are a
 * private field, so no internal object is reachable from the view but the clients node-redis gives.
 */
class NodeView implements MasterNode {
  readonly id: string;
  readonly host: string;
  readonly port: number;
  readonly address: string;
  readonly announced: string;
  readonly role: 'master' | 'replica';
  readonly health: 'online' | 'loading' | 'failed';
  readonly readonly: boolean;
  readonly #links: NodeLinks;

  constructor(node: ClusterNode, links: NodeLinks) {
    this.id = node.id;
    this.host = node.host;
    this.port = node.port;
    this.address = node.address;
    this.announced = node.announced;
    this.role = node.role;
    this.health = node.health;
    this.readonly = node.role === 'replica';
    this.#links = links;
  }

  get client(): RedisClientType | undefined {
    const entry = this.#links.entry(this.address);
    return entry === undefined || !entry.opened ? undefined : entry.client;
  }

  get connectPromise(): Promise<RedisClientType> | undefined {
    const entry = this.#links.entry(this.address);
    const connecting = entry?.connecting;
    return connecting === undefined ? undefined : connecting.then(() => entry!.client);
  }

  get pubSub(): PubSubClient | undefined {
    return pubSubClient(this.#links.shardedPubSub(this.address));
  }
}

/** A pub/sub connection as node-redis shows one: its client, and the promise of it while it opens. */
export function pubSubClient(connection: PubSubConnection | undefined): PubSubClient | undefined {
  if (connection === undefined) return undefined;
  return { client: connection.client, connectPromise: connection.connected ? undefined : connection.ready };
}

/** The public members of one topology snapshot, made once per snapshot on first use. */
export interface PublicTopology {
  readonly masters: ReadonlyArray<MasterNode>;
  readonly replicas: ReadonlyArray<ShardNode>;
  readonly nodeByAddress: ReadonlyMap<string, ShardNode>;
  readonly slots: ReadonlyArray<Shard | undefined>;
}

/**
 * Builds (and caches, per snapshot) the public views of a slot map. A node object of the snapshot
 * gets exactly one view, so `cluster.nodeByAddress.get(master.address) === master` and
 * `cluster.slots[s].master === cluster.masters[i]` hold as they do for the internal objects.
 */
export class PublicTopologies {
  readonly #links: NodeLinks;
  readonly #cache = new WeakMap<SlotMap, PublicTopology>();

  constructor(links: NodeLinks) {
    this.#links = links;
  }

  of(map: SlotMap): PublicTopology {
    let topology = this.#cache.get(map);
    if (topology === undefined) {
      topology = this.#build(map);
      this.#cache.set(map, topology);
    }
    return topology;
  }

  #build(map: SlotMap): PublicTopology {
    const views = new Map<ClusterNode, NodeView>();
    const view = (node: ClusterNode): NodeView => {
      let v = views.get(node);
      if (v === undefined) views.set(node, (v = new NodeView(node, this.#links)));
      return v;
    };
    const shards = new Map<ShardRoute, Shard>();
    for (const route of map.shards) {
      const { info } = route;
      shards.set(route, { master: view(info.master), replicas: info.replicas.map(view), nodes: info.nodes.map(view) });
    }
    const nodeByAddress = new Map<string, ShardNode>();
    for (const [address, node] of map.nodes) nodeByAddress.set(address, view(node));
    let slots: ReadonlyArray<Shard | undefined> | undefined;
    return {
      masters: map.masters.map(view),
      replicas: map.replicas.map(view),
      nodeByAddress,
      // 16384 entries: made on first use only (getRandomNode() after each MOVED of a reshard needs none).
      get slots() {
        return (slots ??= map.slots.map((route) => (route === undefined ? undefined : shards.get(route))));
      },
    };
  }
}
