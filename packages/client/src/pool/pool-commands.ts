import type { Command, RedisArgument, RedisCommands } from '@x/modules';
import { COMMANDS } from '../commands';
import { PoolStickyCommandError } from '../errors';

/**
 * Commands that are not methods of a pool, as in node-redis: its `NON_STICKY_COMMANDS` are every
 * command but `BACKUP_*` and `HOTKEYS_*`, and its command set has no SELECT, WATCH or UNWATCH (they
 * are client methods there) — all of them only mean something on one connection.
 */
export type PoolExcludedCommandName =
  | 'SELECT'
  | 'select'
  | 'WATCH'
  | 'watch'
  | 'UNWATCH'
  | 'unwatch'
  | `BACKUP_${string}`
  | `backup${string}`
  | `HOTKEYS_${string}`
  | `hotkeys${string}`;

/** The built-in commands a pool has as methods. */
export type PoolCommands = Omit<typeof COMMANDS, PoolExcludedCommandName>;

const EXCLUDED = /^(?:SELECT|select|WATCH|watch|UNWATCH|unwatch|BACKUP_.*|backup[A-Z].*|HOTKEYS_.*|hotkeys[A-Z].*)$/;

/** The pool's command methods, by name (both spellings), built once. */
export const POOL_COMMANDS: RedisCommands = Object.fromEntries(
  Object.entries(COMMANDS as RedisCommands).filter(([name]) => !EXCLUDED.test(name)),
);

// Commands node-redis's pool runs on whichever client is free although they change that one
// connection's state, so later commands behave differently depending on the client they land on:
// x's pool refuses them (PoolStickyCommandError). By COMMANDS key → the command as sent. (Raw pub/sub,
// MONITOR and CLIENT REPLY are refused by every client already, with their own errors.)
const STICKY_BY_KEY: Readonly<Record<string, string>> = {
  SELECT: 'SELECT',
  WATCH: 'WATCH',
  UNWATCH: 'UNWATCH',
  MULTI: 'MULTI',
  EXEC: 'EXEC',
  DISCARD: 'DISCARD',
  HELLO: 'HELLO',
  AUTH: 'AUTH',
  RESET: 'RESET',
  QUIT: 'QUIT',
  READONLY: 'READONLY',
  READWRITE: 'READWRITE',
  CLIENT_TRACKING: 'CLIENT TRACKING',
  CLIENT_CACHING: 'CLIENT CACHING',
  CLIENT_NO_EVICT: 'CLIENT NO-EVICT',
  CLIENT_NO_TOUCH: 'CLIENT NO-TOUCH',
};
const STICKY = new Set(Object.values(STICKY_BY_KEY));

// The same, as the definitions behind the pool's methods (both spellings share one definition): a
// Map lookup per call.
const STICKY_DEFINITIONS = new Map<Command, string>();
for (const [key, wire] of Object.entries(STICKY_BY_KEY)) {
  const command = POOL_COMMANDS[key];
  if (command !== undefined) STICKY_DEFINITIONS.set(command, wire);
}

/** A PoolStickyCommandError when a method's definition is one the pool refuses. */
export function stickyDefinitionRefusal(command: Command): PoolStickyCommandError | undefined {
  const name = STICKY_DEFINITIONS.get(command);
  return name === undefined ? undefined : new PoolStickyCommandError(name);
}

function argumentName(arg: RedisArgument | undefined): string | undefined {
  if (typeof arg === 'string') return arg.length > 12 ? undefined : arg.toUpperCase();
  if (Buffer.isBuffer(arg)) return arg.length > 12 ? undefined : arg.toString('latin1').toUpperCase();
  return undefined;
}

/** A PoolStickyCommandError when raw arguments (`pool.sendCommand`) name a command the pool refuses. */
export function stickyArgumentsRefusal(args: ReadonlyArray<RedisArgument>): PoolStickyCommandError | undefined {
  const name = argumentName(args[0]);
  if (name === undefined) return undefined;
  if (name === 'CLIENT') {
    const sub = argumentName(args[1]);
    return sub !== undefined && STICKY.has(`CLIENT ${sub}`) ? new PoolStickyCommandError(`CLIENT ${sub}`) : undefined;
  }
  return STICKY.has(name) ? new PoolStickyCommandError(name) : undefined;
}
