import { InvalidOptionError } from './errors';
import type { SocketOptions } from './options';

/** Socket options with the keep-alive as x reads it: a delay in ms, or false. */
export type SocketWithDelay = Omit<SocketOptions, 'keepAlive'> & { keepAlive?: number | false };

/**
 * node-redis's keep-alive (`keepAlive: true`, `keepAliveInitialDelay: ms`) in x's form (`keepAlive: ms`
 * or `false`). A delay given both ways is ambiguous: refused.
 */
export function keepAliveAsDelay(socket: SocketOptions, defaultDelay: number): SocketWithDelay {
  if (typeof socket !== 'object' || socket === null) throw new InvalidOptionError('socket', 'must be an object');
  const { keepAlive, keepAliveInitialDelay: delay } = socket;
  if (delay !== undefined) checkInteger('socket.keepAliveInitialDelay', delay, 0, 2 ** 31 - 1);
  if (keepAlive === true) return { ...socket, keepAlive: delay ?? defaultDelay };
  if (delay === undefined || keepAlive === false) return socket as SocketWithDelay;
  if (keepAlive !== undefined) {
    throw new InvalidOptionError('socket.keepAliveInitialDelay', 'is given beside socket.keepAlive as a number (ms): give the delay in one of them');
  }
  return { ...socket, keepAlive: delay };
}

function checkInteger(option: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new InvalidOptionError(option, `must be an integer from ${min} to ${max}`);
  }
}
