import * as nodeRedis from 'redis';
import * as x from '@x/cluster';

// The error classes a node-redis user catches, paired with x's class for the same case: an outcome
// is compared by the pair it falls in (and its message), not by class identity.
const PAIRS: ReadonlyArray<readonly [string, abstract new (...args: never[]) => unknown, abstract new (...args: never[]) => unknown]> = [
  ['MultiErrorReply', nodeRedis.MultiErrorReply, x.MultiErrorReply],
  ['ErrorReply', nodeRedis.ErrorReply, x.ReplyError],
  ['WatchError', nodeRedis.WatchError, x.WatchError],
  ['TimeoutError', nodeRedis.TimeoutError, x.TimeoutError],
  ['AbortError', nodeRedis.AbortError, x.AbortError],
  ['ClientClosedError', nodeRedis.ClientClosedError, x.ClientClosedError],
  ['SocketClosedUnexpectedlyError', nodeRedis.SocketClosedUnexpectedlyError, x.SocketClosedUnexpectedlyError],
];

export type Side = 'node-redis' | 'x';

/** The node-redis name of the error's kind (`ErrorReply` for x's ReplyError…), or its own name. */
export function errorKind(side: Side, error: unknown): string {
  for (const [name, nodeClass, xClass] of PAIRS) {
    if (error instanceof (side === 'x' ? xClass : nodeClass)) return name;
  }
  return error instanceof Error ? error.name : typeof error;
}

/** What a call came to, comparable across the two clients. */
export type Outcome = { reply: unknown } | { error: string; message: string };

/** Settle `promise` into an Outcome; `prefix` (a side's key prefix) is written `<k>` wherever it appears. */
export async function outcome(side: Side, promise: Promise<unknown> | (() => Promise<unknown>), prefix?: string): Promise<Outcome> {
  try {
    const reply = await (typeof promise === 'function' ? promise() : promise);
    return { reply: normalise(side, reply, prefix) };
  } catch (error) {
    return { error: errorKind(side, error), message: normalise(side, error instanceof Error ? error.message : String(error), prefix) as string };
  }
}

/**
 * `value` with `prefix` replaced by `<k>` in every string (Buffers and nested values too), and every
 * Error (an error reply inside a transaction's replies) as its kind and message.
 */
export function normalise(side: Side, value: unknown, prefix: string | undefined): unknown {
  if (value instanceof Error) return { error: errorKind(side, value), message: normalise(side, value.message, prefix) };
  if (typeof value === 'string') return prefix === undefined ? value : value.split(prefix).join('<k>');
  if (Buffer.isBuffer(value)) return prefix === undefined ? value : Buffer.from(value.toString('latin1').split(prefix).join('<k>'), 'latin1');
  if (Array.isArray(value)) return value.map((item) => normalise(side, item, prefix));
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [normalise(side, k, prefix), normalise(side, v, prefix)]));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [normalise(side, k, prefix), normalise(side, v, prefix)]));
  }
  return value;
}
