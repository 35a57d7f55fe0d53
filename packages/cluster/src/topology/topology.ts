/** A node as the cluster describes it (before any address map). */
export interface TopologyNode {
  id: string;
  /** The host to reach it at, as announced (endpoint, else ip); the asked node's host when unknown. */
  host: string;
  /** Plain TCP port; undefined when the node only listens with TLS. */
  port: number | undefined;
  tlsPort: number | undefined;
  role: 'master' | 'replica';
  /** `online` nodes get traffic; `loading` and `failed` ones do not. */
  health: 'online' | 'loading' | 'failed';
}

/** A master, its replicas and the slot ranges it owns (`[start, end]`, inclusive). */
export interface TopologyShard {
  master: TopologyNode;
  replicas: TopologyNode[];
  slots: Array<[number, number]>;
}

/** The cluster as one node described it. */
export interface Topology {
  shards: TopologyShard[];
}
