import type { RedisArgument, TransformReply } from '@x/modules';
import { PubSubCommandError, ReplyOrderError, SubscriberModeError } from './errors';

// What a RESP2 connection in subscriber mode still runs; the server refuses everything else.
const ALLOWED_WHILE_SUBSCRIBED = new Set([
  'SUBSCRIBE', 'UNSUBSCRIBE', 'PSUBSCRIBE', 'PUNSUBSCRIBE', 'SSUBSCRIBE', 'SUNSUBSCRIBE', 'PING', 'QUIT', 'RESET',
]);

const PUBSUB_COMMANDS = new Set(['SUBSCRIBE', 'UNSUBSCRIBE', 'PSUBSCRIBE', 'PUNSUBSCRIBE', 'SSUBSCRIBE', 'SUNSUBSCRIBE']);

function nameOf(args: ReadonlyArray<RedisArgument>): string {
  const name: unknown = args[0];
  // A name that is not a string or Buffer is a bad argument, refused (with its TypeError) elsewhere.
  return (typeof name === 'string' ? name : Buffer.isBuffer(name) ? name.toString() : '').toUpperCase();
}

/**
 * Commands that change how the server replies on the connection, so the reply FIFO would hand
 * replies to the wrong commands: a raw (un)subscribe (answered by one push per channel and no
 * reply), MONITOR (an endless feed), CLIENT REPLY OFF|SKIP (no reply at all). Cheap for every other
 * command: a length check on the name, then one set lookup for the few names of those lengths.
 */
export function replyOrderRefusal(args: ReadonlyArray<RedisArgument>): Error | undefined {
  const first: unknown = args[0];
  const length = typeof first === 'string' || Buffer.isBuffer(first) ? first.length : 0;
  if (length === 6) {
    if (nameOf(args) !== 'CLIENT' || args.length < 3 || String(args[1]).toUpperCase() !== 'REPLY') return undefined;
    const mode = String(args[2]).toUpperCase();
    return mode === 'ON' ? undefined : new ReplyOrderError(`CLIENT REPLY ${mode}`);
  }
  if (length === 7) return nameOf(args) === 'MONITOR' ? new ReplyOrderError('MONITOR') : undefined;
  if (length < 9 || length > 12) return undefined;
  const name = nameOf(args);
  return PUBSUB_COMMANDS.has(name) ? new PubSubCommandError(name) : undefined;
}

/** In RESP2 subscriber mode: why this command can't be sent, or undefined when it can. */
export function subscriberModeRefusal(args: ReadonlyArray<RedisArgument>): Error | undefined {
  const name = nameOf(args);
  return ALLOWED_WHILE_SUBSCRIBED.has(name) ? undefined : new SubscriberModeError(name);
}

export function isPing(args: ReadonlyArray<RedisArgument>): boolean {
  return args.length <= 2 && nameOf(args) === 'PING';
}

/**
 * `PING` in RESP2 subscriber mode is answered `['pong', message]` instead of `PONG`: resolve with
 * what the same `PING` resolves with outside of it (`'PONG'`, or the message).
 */
export const pingInSubscriberMode: TransformReply = (value: unknown) => {
  if (!Array.isArray(value)) return value;
  const message = value[1] as string | Buffer | undefined;
  return message === undefined || message.length === 0 ? 'PONG' : message;
};
