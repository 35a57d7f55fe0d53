import type { RedisArgument } from '@x/modules';
import { MonitorModeError } from './errors';

/**
 * MONITOR mode, node-redis's `client.monitor(listener)`: after `MONITOR` the server streams one line
 * per command it runs (`1700000000.123456 [0 127.0.0.1:5000] "set" "k" "v"`) on this connection.
 * Those lines look like replies, so while the mode lasts only commands whose reply can be told from
 * a line run: RESET (which ends the mode: `reset()`), PING (the keep-alive) and QUIT (and MONITOR
 * again, to change the listener).
 */

/** A line listener and the type mapping (its decode flags) the lines are decoded with. */
export interface MonitorSetting {
  readonly listener: (line: unknown) => void;
  readonly decode: number;
}

const ALLOWED = new Set(['RESET', 'PING', 'QUIT']);

function nameOf(args: ReadonlyArray<RedisArgument>): string {
  const first = args[0];
  return first === undefined ? '' : String(first).toUpperCase();
}

/** Why this command can't run while monitoring, or undefined. */
export function monitorRefusal(args: ReadonlyArray<RedisArgument>): Error | undefined {
  const name = nameOf(args);
  return ALLOWED.has(name) ? undefined : new MonitorModeError(name);
}

/** The reply that answers one of the allowed commands (anything else is a monitor line). */
const ANSWERS: Readonly<Record<string, string>> = { RESET: 'RESET', PING: 'PONG', QUIT: 'OK', MONITOR: 'OK' };

/** Is `reply` the answer to the command `args` (rather than a monitor line)? */
export function answersCommand(args: ReadonlyArray<RedisArgument>, reply: unknown): boolean {
  const expected = ANSWERS[nameOf(args)];
  if (expected === undefined) return false;
  return typeof reply === 'string' ? reply === expected : Buffer.isBuffer(reply) && reply.toString() === expected;
}

/** RESET ends MONITOR mode on the server. */
export function isReset(args: ReadonlyArray<RedisArgument>): boolean {
  return nameOf(args) === 'RESET';
}
