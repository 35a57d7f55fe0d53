import { RedisError } from '@x/resp';
import { TimeoutError } from '../errors';

// The pool's own errors. They live here until the lead merges them into ../errors.ts.

/**
 * No client of the pool became free within `acquireTimeout`: the task never started (nothing was
 * sent). A `TimeoutError` — what node-redis users catch for it — with its own `code`, so it can be
 * told from a command that timed out after it was sent (and may have run).
 */
export class PoolAcquireTimeoutError extends TimeoutError {
  static {
    this.defineBrand('@x/client:PoolAcquireTimeoutError', 'PoolAcquireTimeoutError');
  }
  override readonly code = 'ERR_POOL_ACQUIRE_TIMEOUT';
  readonly acquireTimeout: number;
  constructor(acquireTimeout: number) {
    super(acquireTimeout, false);
    this.message = `Timeout waiting for a client after ${acquireTimeout}ms; the task did not start (nothing was sent)`;
    this.acquireTimeout = acquireTimeout;
  }
}

/**
 * A command that changes the state of the connection it runs on (the database, a WATCH, the
 * protocol, the user, tracking, …) was refused by a pool before it was sent: the pool's next command
 * may run on another of its clients, so the change would apply to some commands and not others.
 * Run it inside `pool.execute(client => …)`, where one client runs the whole task.
 */
export class PoolStickyCommandError extends RedisError {
  static {
    this.defineBrand('@x/client:PoolStickyCommandError', 'PoolStickyCommandError');
  }
  readonly sent = false;
  readonly command: string;
  constructor(command: string) {
    super(
      `${command} was not sent: it changes the state of one pooled connection, and the pool's next command may run on another; ` +
        'run it and the commands that rely on it inside pool.execute(client => …)',
      { code: 'ERR_POOL_STICKY_COMMAND' },
    );
    this.command = command;
  }
}
