/**
 * `@x/test-utils`: real redis-server processes and Redis Clusters on 127.0.0.1 for the tests of every
 * other package, a loopback fault proxy, and the jest global setup. Depends on no other `@x` package.
 *
 * @packageDocumentation
 */
export { startRedisServer, RedisStartError, redisServerBinary } from './redis-server';
export type { RedisServer, ServerAuth, ServerState, ServerTlsOptions, StartRedisServerOptions } from './redis-server';
export type { AclUser } from './redis-config';
export { createCertificateAuthority, createTlsMaterial } from './tls-material';
export type { CertificateAuthority, TlsMaterial } from './tls-material';
export { RedisReplyError, RespProtocolError } from './resp2-reader';
export type { RespReply, RespStringReply } from './resp2-reader';
export { CommandTimeoutError, ConnectionLostError } from './raw-connection';
export type { CommandArg, CommandOptions } from './raw-connection';
export { getFreePort, releasePort } from './free-port';
export type { FreePortOptions } from './free-port';
export { isProcessAlive } from './process-registry';
export { waitFor, WaitTimeoutError, done, notYet } from './wait-for';
export type { PollResult, WaitOptions } from './wait-for';
export { startCluster, DEFAULT_NODE_TIMEOUT_MS } from './cluster/redis-cluster';
export type { RedisCluster, StartClusterOptions, WaitForStableOptions } from './cluster/redis-cluster';
export type { ClusterNode } from './cluster/cluster-node';
export type { MigrateSlotOptions, SlotMigration } from './cluster/migrate-slot';
export { parseClusterNodes, parseClusterSlots } from './cluster/cluster-nodes';
export type { NodeEntry, SlotRange } from './cluster/cluster-nodes';
export { redisearchModule, REDISEARCH_MODULE_PATH } from './modules';
export { startFaultProxy } from './fault-proxy';
export type { FaultProxy, FaultProxyMode, FaultProxyOptions } from './fault-proxy';
export { sharedServer, sharedCluster, STANDALONE_ENV, CLUSTER_ENV } from './shared';
export type {
  Commandable,
  SharedCluster,
  SharedClusterInfo,
  SharedClusterNode,
  SharedClusterNodeInfo,
  SharedServer,
  SharedServerInfo,
} from './shared';
export type { SharedServersOptions } from './jest-shared-servers';
