// A node as the cluster describes it to the client (after `nodeAddressMap`): data only.

/** Where the client connects for an address the cluster announced (after `nodeAddressMap`). */
export interface NodeAddress {
  host: string;
  port: number;
}

/** A cluster node as the client uses it. */
export interface ClusterNode {
  id: string;
  /** Where the client connects (after `nodeAddressMap`). */
  host: string;
  port: number;
  /** `host:port` where the client connects: the key of its connection. */
  address: string;
  /** `host:port` as the cluster announced it (before `nodeAddressMap`). */
  announced: string;
  role: 'master' | 'replica';
  health: 'online' | 'loading' | 'failed';
}
