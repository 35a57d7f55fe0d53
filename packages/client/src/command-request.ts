import {
  getTransformReply,
  type Command,
  type RedisArgument,
  type RespVersions,
  type TransformReply,
  type TypeMapping,
} from '@x/modules';
import { decodeFlagsOf } from './decode-flags';
import type { CommandOptions } from './options';

/**
 * How a reply becomes what the caller gets: the definition's `transformReply`, picked for the
 * protocol the connection actually speaks (see {@link transformFor}).
 */
export interface ReplyShape {
  /** The definition, to pick `transformReply` again under another protocol; undefined for a raw command. */
  readonly definition: Command | undefined;
  /** The transform picked for `shapeResp` (undefined: the decoded reply as it is). */
  readonly transform: TransformReply | undefined;
  /** The protocol `transform` was picked for (the facade's configured one). */
  readonly shapeResp: RespVersions;
  /** What `parseCommand` kept for `transformReply` (node-redis `setPreserve`). */
  readonly preserve: unknown;
}

/**
 * The transform of a reply under the protocol the connection negotiated: the one place this rule
 * lives. A connection whose handshake fell back to RESP2 gets the definition's RESP2 transform, on
 * every path (a command, a transaction, a pipeline; the client's or a cluster's).
 */
export function transformFor(shape: ReplyShape, resp: RespVersions): TransformReply | undefined {
  if (shape.shapeResp === resp || shape.definition === undefined) return shape.transform;
  return getTransformReply(shape.definition, resp);
}

/** One command of a transaction or pipeline. */
export interface QueuedCommand extends ReplyShape {
  readonly args: ReadonlyArray<RedisArgument>;
  /** The first key, for a cluster to route the whole by. */
  readonly firstKey: RedisArgument | undefined;
}

/**
 * Several commands written as one unit and answered as one: a transaction (`MULTI` … `EXEC`) or a
 * pipeline. The unit is written whole or not at all, so a timeout, an abort or a reconnect never
 * splits it.
 */
export interface RequestBatch {
  readonly commands: ReadonlyArray<QueuedCommand>;
  /** `MULTI` before and `EXEC` after the commands; else a plain pipeline. */
  readonly transaction: boolean;
  /** Asked right before writing; an Error refuses the batch unsent (a WATCH lost to a reconnect). */
  readonly guard: (() => Error | undefined) | undefined;
}

/**
 * A pub/sub command is answered by `count` pushes of kind `kind` (one per channel) instead of one
 * reply; `filter`, when given, says which pushes of that kind are its answers.
 */
export interface ExpectedPushes {
  count: number;
  kind: string;
  filter?: (push: unknown[]) => boolean;
}

const EMPTY_ARGS: readonly RedisArgument[] = [];

/** A layer that takes a request's failures to decide whether to send it again (see {@link CommandRequest.fail}). */
export interface Retrier {
  onFailure(error: Error): void;
}

/**
 * One command on its way from the API to the socket: what to send, how to shape the reply, when to
 * give up, and who hears the outcome — one object, handed from the facade (the client's or a
 * cluster's) through every layer to the connection's queue, where it waits for its reply.
 *
 * A per-request setting is a field here (read from `options` in the constructor, or set by the
 * layer that knows it): nothing in between repacks the request.
 *
 * It is also one attempt's state on one connection (written, settled, replies still due). A cluster
 * that sends the command again elsewhere makes the next attempt with {@link retry}: a timed-out or
 * aborted attempt may stay behind in a connection's reply FIFO as a tombstone, and must never be
 * mistaken for the live one. A plain class with every field set in the constructor, so every
 * instance shares one hidden class on the hot path.
 */
export class CommandRequest implements ReplyShape {
  // ── What is sent ──
  /** The arguments of a single command; dropped once written unless `retainArgs`. */
  args: readonly RedisArgument[];
  /** Several commands written as one unit (a transaction or a pipeline), instead of `args`. */
  batch: RequestBatch | undefined;
  /** `ASKING` goes first, in the same write (a cluster following an ASK redirect). */
  asking: boolean;
  /** Keep `args` after the write: a cluster may need them for another attempt. */
  retainArgs: boolean;
  /** Answered by pushes (a pub/sub command) rather than one reply. */
  expectedPushes: ExpectedPushes | undefined;

  // ── How the reply is shaped ──
  definition: Command | undefined;
  transform: TransformReply | undefined;
  shapeResp: RespVersions;
  preserve: unknown;
  /** The per-call options (type mapping, abort signal, timeout) as given. */
  readonly options: CommandOptions | undefined;
  readonly typeMapping: TypeMapping | undefined;
  /** How the decoder builds the reply (DecodeFlags of the type mapping). */
  readonly decode: number;

  // ── When it gives up ──
  readonly signal: AbortSignal | undefined;
  /**
   * The timeout in ms, the same for every attempt (the deadline tracker groups by it): -1 until a
   * default is chosen (the connection's, or a cluster's), 0 for none.
   */
  timeout: number;
  /** `performance.now()` past which it fails, retries and waits included; 0: none. */
  deadline: number;
  /** Goes before the commands already queued. */
  readonly asap: boolean;

  // ── Who hears the outcome (exactly one of them, exactly once per attempt: see {@link fail}) ──
  // Not readonly: a connection wraps them for the rare command whose success changes its state (SELECT).
  resolve: (reply: unknown) => void;
  reject: (error: Error) => void;
  /** Takes the failures instead of `reject`: a layer that may send the command again (a cluster's attempt engine). */
  retrier: Retrier | undefined;

  // ── This attempt, on one connection ──
  written: boolean;
  settled: boolean;
  onAbort: (() => void) | undefined;
  /** Pushes still expected (a pub/sub command). */
  pushesLeft: number;
  /** A batch's replies so far (error replies as values), and how many are still due. */
  replies: unknown[] | undefined;
  repliesLeft: number;

  constructor(
    args: readonly RedisArgument[],
    options: CommandOptions | undefined,
    resolve: (reply: unknown) => void,
    reject: (error: Error) => void,
  ) {
    this.args = args;
    this.batch = undefined;
    this.asking = false;
    this.retainArgs = false;
    this.expectedPushes = undefined;
    this.definition = undefined;
    this.transform = undefined;
    this.shapeResp = 3;
    this.preserve = undefined;
    this.options = options;
    let typeMapping: TypeMapping | undefined;
    if (options === undefined) {
      typeMapping = undefined;
      this.signal = undefined;
      this.timeout = -1;
      this.asap = false;
    } else {
      typeMapping = options.typeMapping;
      this.signal = options.abortSignal;
      this.timeout = options.timeout ?? -1;
      this.asap = options.asap === true;
    }
    this.typeMapping = typeMapping;
    this.decode = decodeFlagsOf(typeMapping);
    this.deadline = 0;
    this.resolve = resolve;
    this.reject = reject;
    this.retrier = undefined;
    this.written = false;
    this.settled = false;
    this.onAbort = undefined;
    this.pushesLeft = 0;
    this.replies = undefined;
    this.repliesLeft = 0;
  }

  /** The reply's shape: `transform` as picked for `resp`, the definition to pick again, what it preserves. */
  shape(definition: Command | undefined, transform: TransformReply | undefined, resp: RespVersions, preserve: unknown): this {
    this.definition = definition;
    this.transform = transform;
    this.shapeResp = resp;
    this.preserve = preserve;
    return this;
  }

  /** This attempt failed: to the retrier when there is one, else to the caller. */
  fail(error: Error): void {
    const retrier = this.retrier;
    if (retrier === undefined) this.reject(error);
    else retrier.onFailure(error);
  }

  /**
   * Start the deadline now, unless it runs already: the command's own timeout, else `fallback` (ms;
   * 0: none). Once started it stays for every later attempt: the timeout covers them all.
   */
  startDeadline(fallback: number): void {
    if (this.deadline !== 0) return;
    const timeout = this.timeout >= 0 ? this.timeout : fallback;
    this.timeout = timeout;
    if (timeout > 0) this.deadline = performance.now() + timeout;
  }

  /**
   * The next attempt of the same command (a cluster sending it again): every field of the command —
   * its deadline included — and fresh attempt state, and `args` as they are now.
   */
  retry(): CommandRequest {
    const next = new CommandRequest(this.args, this.options, this.resolve, this.reject);
    next.batch = this.batch;
    next.retrier = this.retrier;
    next.retainArgs = this.retainArgs;
    next.expectedPushes = this.expectedPushes;
    next.shape(this.definition, this.transform, this.shapeResp, this.preserve);
    next.timeout = this.timeout;
    next.deadline = this.deadline;
    return next;
  }

  /** After writing, the arguments are not needed any more: let a 50 MB value be collected early. */
  dropArgs(): void {
    if (!this.retainArgs) this.args = EMPTY_ARGS;
  }
}

/**
 * Why a command's arguments can't be sent, or undefined when they can: the check every command gets
 * when it is issued, so a bad argument rejects that call alone — never the write that carries every
 * command of the tick. What the encoder writes: strings, Buffers (any Uint8Array), numbers but NaN,
 * bigints.
 */
export function invalidArguments(args: ReadonlyArray<unknown>): TypeError | undefined {
  const count = args.length;
  if (count === 0) return new TypeError('A command needs at least its name: the argument list is empty');
  for (let i = 0; i < count; i++) {
    const arg = args[i];
    if (typeof arg === 'string' || arg instanceof Uint8Array) continue;
    if ((typeof arg === 'number' && !Number.isNaN(arg)) || typeof arg === 'bigint') continue;
    return invalidArgument(args, i);
  }
  return undefined;
}

function invalidArgument(args: ReadonlyArray<unknown>, index: number): TypeError {
  const name = typeof args[0] === 'string' ? args[0] : Buffer.isBuffer(args[0]) ? args[0].toString('latin1') : undefined;
  const where = index === 0 || name === undefined ? `argument ${index}` : `argument ${index} of ${name.toUpperCase()}`;
  return new TypeError(`Invalid command ${where}: ${describe(args[index])} (expected a string or a Buffer)`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return 'NaN';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'symbol') return 'a Symbol';
  if (typeof value === 'function') return 'a function';
  return typeof value;
}
