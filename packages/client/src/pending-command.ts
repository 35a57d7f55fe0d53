import type { RedisArgument, TypeMapping } from '@x/modules';
import type { Expirable } from './deadline-tracker';

/**
 * Several commands written as one unit and answered as one: a transaction (`MULTI` … `EXEC`) or a
 * pipeline. The unit is written whole or not at all, so a timeout, an abort or a reconnect can never
 * split it; its replies (error replies as values) are collected in order.
 */
export interface PendingBatch {
  /** The commands, in order; emptied once written. */
  commands: ReadonlyArray<readonly RedisArgument[]>;
  /** Replies still to come. */
  remaining: number;
  readonly replies: unknown[];
  /** Asked right before writing; an Error refuses the batch unsent (a WATCH lost to a reconnect). */
  readonly guard: (() => Error | undefined) | undefined;
}

/** Turns a raw reply into what the caller gets: a command's `transformReply`. */
export type ReplyTransform = (reply: never, preserve?: unknown, typeMapping?: TypeMapping) => unknown;

const EMPTY_ARGS: readonly RedisArgument[] = [];

/**
 * One command from the moment it is sent until it settles. A plain class with fixed fields so every
 * instance shares one hidden class on the hot path.
 *
 * A command that times out or is aborted after it was written stays in the reply FIFO as a tombstone
 * (`settled` but not yet answered): its reply is discarded when it arrives, in order. Splicing it out
 * would hand the next reply to the wrong command.
 */
export class PendingCommand implements Expirable {
  args: readonly RedisArgument[];
  readonly resolve: (reply: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly transform: ReplyTransform | undefined;
  /** What `parseCommand` asked to keep for `transformReply` (node-redis `setPreserve`). */
  readonly preserve: unknown;
  readonly typeMapping: TypeMapping | undefined;
  /** How the decoder should build this command's reply (DecodeFlags). */
  readonly decode: number;
  /** Milliseconds, for the timeout message; 0 when it has no timeout. */
  timeout = 0;
  deadline = 0;
  written = false;
  settled = false;
  signal: AbortSignal | undefined = undefined;
  onAbort: (() => void) | undefined = undefined;
  /**
   * Pub/sub commands (SUBSCRIBE, UNSUBSCRIBE, …) are answered by one push per channel rather than
   * one reply: how many pushes of kind `pushKind` are still expected.
   */
  expectedPushes = 0;
  pushKind: string | undefined = undefined;
  /**
   * Which pushes of `pushKind` answer this command (by channel): the server also sends `sunsubscribe`
   * unasked when a sharded channel's slot moves away, and that must not count as a confirmation.
   */
  pushFilter: ((push: unknown[]) => boolean) | undefined = undefined;
  /** Set for a batch (transaction or pipeline); `args` is then empty. */
  batch: PendingBatch | undefined = undefined;

  constructor(
    args: readonly RedisArgument[],
    resolve: (reply: unknown) => void,
    reject: (error: Error) => void,
    transform: ReplyTransform | undefined,
    preserve: unknown,
    typeMapping: TypeMapping | undefined,
    decode: number,
  ) {
    this.args = args;
    this.resolve = resolve;
    this.reject = reject;
    this.transform = transform;
    this.preserve = preserve;
    this.typeMapping = typeMapping;
    this.decode = decode;
  }

  /** After writing, the arguments are not needed any more: let a 50 MB value be collected early. */
  dropArgs(): void {
    this.args = EMPTY_ARGS;
  }
}
