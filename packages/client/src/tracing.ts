import diagnostics from 'node:diagnostics_channel';
import { randomBytes } from 'node:crypto';

/**
 * node-redis 6's `diagnostics_channel` names (the tracing channels x publishes), plus x's own
 * `x:cluster:redirect`: each MOVED or ASK a cluster command follows, as a point event.
 */
export const TRACING_CHANNELS = {
  TRACE_COMMAND: 'node-redis:command',
  TRACE_BATCH: 'node-redis:batch',
  TRACE_CONNECT: 'node-redis:connect',
  CLUSTER_REDIRECT: 'x:cluster:redirect',
} as const;

/** Where a traced operation goes, as node-redis reports it. */
export interface ServerTraceContext {
  /** The host (or the Unix socket path) the client connects to. */
  serverAddress: string;
  /** Undefined for a Unix socket. */
  serverPort: number | undefined;
  /** node-redis's client identity: `host:port/db-<8 hex>`. */
  clientId: string;
}

/** The context of `node-redis:command` (the `start` … `asyncEnd` messages carry this object). */
export interface CommandTraceContext extends ServerTraceContext {
  /** The command name, upper-cased (`GET`). */
  command: string;
  /** The arguments with values redacted as node-redis does (see {@link sanitizeArgs}). */
  args: ReadonlyArray<string>;
  database: number;
  /** Cluster only: the slot the command is routed by (undefined for a keyless command). */
  slot?: number | undefined;
  /** Set by the channel when the command succeeds / fails. */
  result?: unknown;
  error?: unknown;
}

/** The context of a command that is part of a pipeline (node-redis: `batchMode: 'PIPELINE'`). */
export interface BatchCommandTraceContext extends CommandTraceContext {
  batchMode: 'MULTI' | 'PIPELINE';
  batchSize: number;
}

/** The context of `node-redis:batch`: one transaction (`MULTI`) or pipeline. */
export interface BatchOperationContext extends ServerTraceContext {
  batchMode: 'MULTI' | 'PIPELINE';
  batchSize: number;
  database: number;
  result?: unknown;
  error?: unknown;
}

/** The context of `node-redis:connect`. */
export interface ConnectTraceContext extends ServerTraceContext {
  result?: unknown;
  error?: unknown;
}

/** The message of `x:cluster:redirect`. */
export interface ClusterRedirectEvent {
  kind: 'moved' | 'ask';
  /** The command name, upper-cased. */
  command: string;
  slot: number;
  /** `host:port` of the node that answered MOVED/ASK, and of the node it named (after `nodeAddressMap`). */
  from: string;
  to: string;
  clientId: string;
}

// Made once, at load: the hot path reads one getter (`hasSubscribers`) and nothing else when no one listens.
export const commandChannel = diagnostics.tracingChannel<object, CommandTraceContext | BatchCommandTraceContext>(TRACING_CHANNELS.TRACE_COMMAND);
export const batchChannel = diagnostics.tracingChannel<object, BatchOperationContext>(TRACING_CHANNELS.TRACE_BATCH);
export const connectChannel = diagnostics.tracingChannel<object, ConnectTraceContext>(TRACING_CHANNELS.TRACE_CONNECT);
export const redirectChannel = diagnostics.channel(TRACING_CHANNELS.CLUSTER_REDIRECT);

/**
 * Something listens on this tracing channel. `TracingChannel.hasSubscribers` exists from Node 20.13;
 * before, it is undefined and x traces always, as node-redis does.
 */
export function isTraced(channel: { readonly hasSubscribers?: boolean }): boolean {
  return channel.hasSubscribers !== false;
}

/** node-redis's client identity: `host:port/db-<8 hex>` (at most 128 characters). */
export function traceClientId(address: string, port: number | undefined, database: number | string): string {
  const prefix = `${address}:${port ?? 'unknown'}/${database}`;
  const suffix = `-${randomBytes(4).toString('hex')}`;
  return prefix.length + suffix.length <= 128 ? prefix + suffix : `${prefix.slice(0, 128 - 3 - suffix.length)}...${suffix}`;
}

/**
 * How many arguments after the name a command may show (-1: all, structural or read commands;
 * 0: none). The same table as node-redis 6 (adapted there from OpenTelemetry's redis-common): a
 * value written (SET's value, HSET's values) shows as `?`; a command not listed (AUTH, HELLO,
 * MIGRATE, …) shows only its name.
 */
const VISIBLE_ARGUMENTS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^ECHO/i, 0],
  [/^(LPUSH|MSET|PFA|PUBLISH|RPUSH|SADD|SET|SPUBLISH|XADD|ZADD)/i, 1],
  [/^(HSET|HMSET|LSET|LINSERT)/i, 2],
  [/^(ACL|BIT|B[LRZ]|CLIENT|CLUSTER|CONFIG|COMMAND|DECR|DEL|EVAL|EX|FUNCTION|GEO|GET|HINCR|HMGET|HSCAN|INCR|L[TRLM]|MEMORY|P[EFISTU]|RPOP|S[CDIMORSU]|XACK|X[CDGILPRT]|Z[CDILMPRS])/i, -1],
];

/**
 * Where node-redis shows secrets, x does not: `ACL SETUSER`'s rules (passwords as `>secret`) and
 * `CONFIG SET`'s values (`requirepass`, `masterauth`) — their names and parameters stay, values go.
 */
function visibleAfterName(name: string, args: ReadonlyArray<unknown>): number {
  if (name === 'ACL' || name === 'CONFIG') {
    const sub = args.length > 1 ? String(args[1]).toUpperCase() : '';
    if (sub === 'SETUSER' || sub === 'SET') return 2;
  }
  let count = visibleByName.get(name);
  if (count === undefined) {
    count = 0;
    for (const [pattern, visible] of VISIBLE_ARGUMENTS) {
      if (pattern.test(name)) {
        count = visible;
        break;
      }
    }
    // Command names are few; names sent raw could be anything, so the memo stays bounded.
    if (visibleByName.size < 1_000) visibleByName.set(name, count);
  }
  return count;
}

/** The table's answer per command name (the regular expressions run once per name). */
const visibleByName = new Map<string, number>();

/**
 * The arguments as a trace shows them: the name, then what the command may show, `?` for the rest.
 * AUTH, HELLO (its AUTH user and password), MIGRATE (its AUTH/AUTH2 credentials) show nothing but
 * their name. Buffers are shown as text (node-redis's `String(arg)`).
 */
export function sanitizeArgs(args: ReadonlyArray<unknown>): ReadonlyArray<string> {
  if (args.length === 0) return [];
  const name = String(args[0]);
  const visible = visibleAfterName(name.toUpperCase(), args);
  if (visible === -1) return args.map((arg) => String(arg));
  const shown = [name];
  for (let i = 1; i < args.length; i++) shown.push(i <= visible ? String(args[i]) : '?');
  return shown;
}
