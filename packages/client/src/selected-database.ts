// SELECT changes the database of the socket it runs on. A reconnect opens a new socket, which starts
// in the configured database: without selecting again, later commands would silently read and write
// another database. The connection remembers the database each successful SELECT chose — typed
// `select(n)`, a raw `sendCommand(['SELECT', n])`, or one inside a transaction or pipeline — and its
// next handshake selects it (node-redis does the same for `select()` and `multi().select()`).
import type { RedisArgument } from '@x/modules';

/** The database `SELECT n` chooses; undefined for any other command (cheap: a length check first). */
export function selectTarget(args: ReadonlyArray<RedisArgument>): number | undefined {
  const name = args[0];
  if (args.length !== 2 || name === undefined || name.length !== 6) return undefined;
  if ((typeof name === 'string' ? name : name.toString()).toUpperCase() !== 'SELECT') return undefined;
  const index = args[1]!;
  const text = typeof index === 'string' ? index : index.toString();
  if (!/^\d+$/.test(text)) return undefined;
  const database = Number(text);
  return Number.isSafeInteger(database) ? database : undefined;
}

/** The last SELECT of a batch (its index among the batch's commands and its database), if any. */
export function lastSelect(commands: ReadonlyArray<{ readonly args: ReadonlyArray<RedisArgument> }>): { index: number; database: number } | undefined {
  for (let i = commands.length - 1; i >= 0; i--) {
    const database = selectTarget(commands[i]!.args);
    if (database !== undefined) return { index: i, database };
  }
  return undefined;
}
