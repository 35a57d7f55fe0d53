import { InvalidOptionError } from './errors';

/**
 * node-redis 6 options x does not implement yet. Each is refused at create time with an
 * InvalidOptionError naming it, because accepting an option and then ignoring it is worse than
 * refusing it: a user copying a node-redis configuration learns at once what will not happen.
 *
 * One option per line; delete a line when the option is implemented. `honoured` lists values that
 * already mean what node-redis means by them (e.g. a feature switched off, which x never does):
 * those are accepted.
 */
export interface UnhonouredOption {
  /** The option's path as node-redis names it (`socket.*` for socket options). */
  readonly name: string;
  /** Values x already honours (the "off" setting of a feature x doesn't have). */
  readonly honoured?: ReadonlyArray<unknown>;
}

/** Options of a client (also of a pool's clients, and of a cluster's `rootNodes` entries and `defaults`). */
export const UNHONOURED_CLIENT_OPTIONS: ReadonlyArray<UnhonouredOption> = [
  { name: 'socket.socketTimeout' },
  { name: 'cacheTypeMapping' },
  { name: 'himportRegistry' },
  // x never sends CLIENT SETINFO, so "disabled" is what it does already.
  { name: 'disableClientInfo', honoured: [true] },
  { name: 'clientInfoTag' },
  // Invalidation events only exist with a client-side cache.
  { name: 'emitInvalidate', honoured: [false] },
  // Redis Enterprise maintenance notifications: x never subscribes to them.
  { name: 'maintNotifications', honoured: ['disabled'] },
  { name: 'maintEndpointType' },
  { name: 'maintRelaxedCommandTimeout' },
  { name: 'maintRelaxedSocketTimeout' },
  { name: 'metrics' },
  // node `net.connect` options node-redis passes through to the socket that would change how x's
  // connection ends (allowHalfOpen) or reconnects (fd, signal). The others are honoured
  // (net-connect-options.ts).
  { name: 'socket.allowHalfOpen' },
  { name: 'socket.fd' },
  { name: 'socket.signal' },
];

/** Options of a pool (`createClientPool`'s second argument). */
export const UNHONOURED_POOL_OPTIONS: ReadonlyArray<UnhonouredOption> = [];

/** A cluster's own options (not those of its nodes). */
export const UNHONOURED_CLUSTER_OPTIONS: ReadonlyArray<UnhonouredOption> = [
  { name: 'himportRegistry' },
  { name: 'topologyRefreshOnReconnectionAttemptStrategy' },
];

const REASON = 'is a node-redis option x does not implement yet; remove it (x refuses it rather than ignore it)';

/**
 * Throws an InvalidOptionError naming the first option of `list` that `options` gives (a value other
 * than undefined and not one x honours). `prefix` names where the options sit (`rootNodes[0].`).
 */
export function refuseUnhonouredOptions(options: unknown, list: ReadonlyArray<UnhonouredOption>, prefix = ''): void {
  if (typeof options !== 'object' || options === null) return;
  for (const option of list) {
    const value = valueAt(options, option.name);
    if (value === undefined) continue;
    if (option.honoured?.includes(value) === true) continue;
    throw new InvalidOptionError(`${prefix}${option.name}`, REASON);
  }
}

/** Refuses what a client, a pool's clients, or a cluster node's options give that x doesn't honour. */
export function refuseUnhonouredClientOptions(options: unknown, prefix = ''): void {
  refuseUnhonouredOptions(options, UNHONOURED_CLIENT_OPTIONS, prefix);
}

/**
 * Refuses a cluster's unhonoured options: its own, and those of each `rootNodes` entry and of
 * `defaults` (checked here at create time, not when a node's connection is first made).
 */
export function refuseUnhonouredClusterOptions(options: unknown): void {
  if (typeof options !== 'object' || options === null) return;
  refuseUnhonouredOptions(options, UNHONOURED_CLUSTER_OPTIONS);
  const { rootNodes, defaults } = options as { rootNodes?: unknown; defaults?: unknown };
  if (Array.isArray(rootNodes)) rootNodes.forEach((node, i) => refuseUnhonouredClientOptions(node, `rootNodes[${i}].`));
  refuseUnhonouredClientOptions(defaults, 'defaults.');
}

function valueAt(options: object, path: string): unknown {
  let value: unknown = options;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}
