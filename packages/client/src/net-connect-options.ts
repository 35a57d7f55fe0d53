import type { LookupFunction } from 'node:net';
import { InvalidOptionError } from './errors';

/**
 * The node `net.connect` options node-redis passes through from `socket` and x honours too: where
 * the connection comes from and how the host name is looked up. (`allowHalfOpen`, `fd` and `signal`
 * would change how x's connection ends or reconnects: still refused, see unhonoured-options.ts.)
 */
export interface NetConnectOptions {
  /** IP version of the host's address: 4, 6 or 0 (either). */
  family?: number;
  /** Local address to connect from. */
  localAddress?: string;
  /** Local port to connect from. */
  localPort?: number;
  /** `dns.lookup` hints. */
  hints?: number;
  /** A custom `dns.lookup`. */
  lookup?: LookupFunction;
  /** Happy Eyeballs: try the host's addresses of both families. */
  autoSelectFamily?: boolean;
  /** Milliseconds per attempt with `autoSelectFamily`. */
  autoSelectFamilyAttemptTimeout?: number;
}

type Check = (value: unknown) => boolean;
const isInteger = (min: number, max: number): Check => (value) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

const CHECKS: Readonly<Record<keyof NetConnectOptions, readonly [Check, string]>> = {
  family: [(value) => value === 0 || value === 4 || value === 6, 'must be 0, 4 or 6'],
  localAddress: [(value) => typeof value === 'string' && value !== '', 'must be a non-empty string'],
  localPort: [isInteger(1, 65_535), 'must be an integer from 1 to 65535'],
  hints: [isInteger(0, 2 ** 31 - 1), 'must be an integer (dns.lookup hints)'],
  lookup: [(value) => typeof value === 'function', 'must be a function (as dns.lookup)'],
  autoSelectFamily: [(value) => typeof value === 'boolean', 'must be a boolean'],
  autoSelectFamilyAttemptTimeout: [isInteger(10, 2 ** 31 - 1), 'must be an integer of at least 10 (ms)'],
};

/** The names, for the socket keys x reads itself (they are not TLS options). */
export const NET_CONNECT_OPTION_NAMES: ReadonlyArray<string> = Object.keys(CHECKS);

/** The `net.connect` options `socket` gives, checked (an InvalidOptionError names a bad one); undefined when none. */
export function netConnectOptionsOf(socket: object): NetConnectOptions | undefined {
  let result: Record<string, unknown> | undefined;
  for (const [name, [check, problem]] of Object.entries(CHECKS)) {
    const value = (socket as Record<string, unknown>)[name];
    if (value === undefined) continue;
    if (!check(value)) throw new InvalidOptionError(`socket.${name}`, problem);
    (result ??= {})[name] = value;
  }
  return result as NetConnectOptions | undefined;
}
