import Denque from 'denque';
import { CommandEncoder, Parser, type ProtocolError, type ReplyError } from '@x/resp';
import { DeadlineTracker } from './deadline-tracker';
import { AbortError, TimeoutError } from './errors';
import type { PendingCommand } from './pending-command';
import { applyDecodeFlags, DECODE_DEFAULT } from './decode-flags';

export interface CommandQueueHooks {
  /** A RESP3 push frame, or a RESP2 pub/sub message while subscribed. */
  onPush(push: unknown[]): void;
  /** The stream can no longer be trusted (malformed input): close the connection. */
  onFatal(error: Error): void;
  /** A reply arrived that no command was waiting for: close the connection. */
  onUnexpectedReply(): void;
}

const PUB_SUB_MESSAGES = new Set(['message', 'pmessage', 'smessage']);

/**
 * The commands of one connection: those waiting to be written (`#toWrite`, also the offline queue)
 * and those written and waiting for their reply (`#inFlight`, the reply FIFO). Both are denques:
 * O(1) at both ends (an Array's shift is O(n)).
 */
export class CommandQueue {
  readonly #toWrite = new Denque<PendingCommand>();
  readonly #inFlight = new Denque<PendingCommand>();
  readonly #encoder = new CommandEncoder();
  readonly #parser: Parser;
  readonly #deadlines: DeadlineTracker<PendingCommand>;
  readonly #hooks: CommandQueueHooks;
  /** The decode settings the parser holds now (those of the head of the reply FIFO). */
  #decode = DECODE_DEFAULT;
  /**
   * RESP2 subscriber mode: the server answers pub/sub only, with arrays; messages look like replies
   * and must be told apart. (RESP3 sends them as push frames instead.)
   */
  resp2Subscribed = false;

  constructor(hooks: CommandQueueHooks) {
    this.#hooks = hooks;
    this.#deadlines = new DeadlineTracker((cmd) => this.#expire(cmd));
    this.#parser = new Parser({
      returnReply: (reply: unknown) => this.#onReply(reply),
      returnError: (error: ReplyError) => this.#onError(error),
      returnFatalError: (error: ProtocolError) => this.#hooks.onFatal(error),
      returnPush: (push: unknown[]) => this.#onPush(push),
    });
  }

  /** Commands not yet written (the offline queue while disconnected). */
  get waitingToWrite(): number {
    return this.#toWrite.length;
  }

  /** Commands written and waiting for their reply (including tombstones of timed-out ones). */
  get waitingForReply(): number {
    return this.#inFlight.length;
  }

  get length(): number {
    return this.#toWrite.length + this.#inFlight.length;
  }

  add(cmd: PendingCommand, asap: boolean): void {
    if (asap) this.#toWrite.unshift(cmd);
    else this.#toWrite.push(cmd);
  }

  /** Start the command's timeout. `inOrder`: it uses the connection's default timeout. */
  trackDeadline(cmd: PendingCommand, timeout: number, inOrder: boolean): void {
    cmd.timeout = timeout;
    cmd.deadline = performance.now() + timeout;
    if (inOrder) this.#deadlines.trackInOrder(cmd);
    else this.#deadlines.trackOutOfOrder(cmd);
  }

  /** Reject the command with an AbortError; a written one stays as a tombstone for its reply. */
  abort(cmd: PendingCommand, reason: unknown): void {
    if (cmd.settled) return;
    this.#fail(cmd, new AbortError(cmd.written, reason));
  }

  /**
   * Write a command now, ahead of everything waiting in `#toWrite` (the handshake and pub/sub
   * resubscribes of a new connection, before it is ready). Returns the chunks to write.
   */
  writeNow(cmd: PendingCommand): Array<string | Buffer> {
    if (this.#inFlight.length === 0) this.#setDecode(cmd.decode);
    this.#encoder.write(cmd.args);
    cmd.written = true;
    cmd.dropArgs();
    this.#inFlight.push(cmd);
    return this.#encoder.flush();
  }

  /**
   * Encode every command waiting to be written, move it to the reply FIFO, and return the chunks for
   * one write (one running string, split only at Buffer arguments), or undefined when there is none.
   * Commands that settled while waiting (aborted, timed out) are dropped: they are never sent.
   */
  takeWrites(): Array<string | Buffer> | undefined {
    const toWrite = this.#toWrite;
    const inFlight = this.#inFlight;
    const encoder = this.#encoder;
    let cmd = toWrite.shift();
    if (cmd === undefined) return undefined;
    if (inFlight.length === 0) this.#setDecode(cmd.decode);
    let any = false;
    while (cmd !== undefined) {
      if (!cmd.settled) {
        encoder.write(cmd.args);
        cmd.written = true;
        cmd.dropArgs();
        inFlight.push(cmd);
        any = true;
      }
      cmd = toWrite.shift();
    }
    if (!any) {
      const head = inFlight.peekFront();
      if (head !== undefined) this.#setDecode(head.decode);
      return undefined;
    }
    return encoder.flush();
  }

  /** Feed bytes from the socket. */
  decode(chunk: Buffer): void {
    this.#parser.execute(chunk);
  }

  /**
   * The connection is gone: every written command without its reply gets `error(cmd)` (they may
   * have run), and the decoder forgets any half-read reply.
   */
  failWritten(error: () => Error): void {
    const inFlight = this.#inFlight;
    let cmd = inFlight.shift();
    while (cmd !== undefined) {
      if (!cmd.settled) this.#fail(cmd, error());
      cmd = inFlight.shift();
    }
    this.#parser.reset();
    this.#setDecode(DECODE_DEFAULT);
  }

  /** Reject every command not yet written (they did not run). */
  failUnwritten(error: () => Error): void {
    const toWrite = this.#toWrite;
    let cmd = toWrite.shift();
    while (cmd !== undefined) {
      if (!cmd.settled) this.#fail(cmd, error());
      cmd = toWrite.shift();
    }
  }

  #setDecode(flags: number): void {
    if (flags === this.#decode) return;
    this.#decode = flags;
    applyDecodeFlags(this.#parser, flags);
  }

  #onReply(reply: unknown): void {
    if (this.resp2Subscribed && Array.isArray(reply) && this.#isResp2PubSub(reply)) {
      this.#onPush(reply);
      return;
    }
    const cmd = this.#shiftReplied();
    if (cmd === undefined) return;
    if (cmd.settled) return; // a tombstone: the caller already got a timeout or an abort
    this.#settle(cmd);
    const transform = cmd.transform;
    if (transform === undefined) {
      cmd.resolve(reply);
      return;
    }
    let value: unknown;
    try {
      value = transform(reply as never, cmd.preserve, cmd.typeMapping);
    } catch (error) {
      cmd.reject(error as Error);
      return;
    }
    cmd.resolve(value);
  }

  #onError(error: ReplyError): void {
    const cmd = this.#shiftReplied();
    if (cmd === undefined || cmd.settled) return;
    this.#settle(cmd);
    cmd.reject(error);
  }

  #onPush(push: unknown[]): void {
    const head = this.#inFlight.peekFront();
    if (head !== undefined && head.expectedPushes > 0 && pushKindOf(push) === head.pushKind) {
      this.#hooks.onPush(push);
      if (--head.expectedPushes === 0) this.#onReply(undefined);
      return;
    }
    this.#hooks.onPush(push);
  }

  /** In RESP2 subscriber mode: is this array a message or a (un)subscribe confirmation? */
  #isResp2PubSub(reply: unknown[]): boolean {
    const kind = pushKindOf(reply);
    if (kind === undefined) return false;
    if (PUB_SUB_MESSAGES.has(kind)) return true;
    const head = this.#inFlight.peekFront();
    return head !== undefined && head.expectedPushes > 0 && kind === head.pushKind;
  }

  #shiftReplied(): PendingCommand | undefined {
    const inFlight = this.#inFlight;
    const cmd = inFlight.shift();
    if (cmd === undefined) {
      this.#hooks.onUnexpectedReply();
      return undefined;
    }
    const next = inFlight.peekFront();
    if (next !== undefined && next.decode !== this.#decode) this.#setDecode(next.decode);
    return cmd;
  }

  #settle(cmd: PendingCommand): void {
    cmd.settled = true;
    if (cmd.deadline !== 0) this.#deadlines.release(cmd);
    if (cmd.onAbort !== undefined) {
      cmd.signal!.removeEventListener('abort', cmd.onAbort);
      cmd.onAbort = undefined;
    }
  }

  #fail(cmd: PendingCommand, error: Error): void {
    this.#settle(cmd);
    cmd.reject(error);
  }

  #expire(cmd: PendingCommand): void {
    if (cmd.settled) return;
    this.#fail(cmd, new TimeoutError(cmd.timeout, cmd.written));
  }

  /** Stop the timeout timer (the client is closed and every command settled). */
  dispose(): void {
    this.#deadlines.clear();
  }
}

/** The first element of a pub/sub array (`message`, `subscribe`, …), lower-cased, or undefined. */
export function pushKindOf(push: unknown[]): string | undefined {
  const first = push[0];
  if (typeof first === 'string') return first.toLowerCase();
  if (Buffer.isBuffer(first)) return first.toString('latin1').toLowerCase();
  return undefined;
}
