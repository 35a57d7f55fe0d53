import Denque from 'denque';
import type { RedisArgument } from '@x/modules';
import { CommandEncoder, Parser, type ProtocolError, type ReplyError } from '@x/resp';
import { invalidArguments, transformFor, type CommandRequest, type QueuedCommand } from './command-request';
import { DeadlineTracker } from './deadline-tracker';
import { AbortError, TimeoutError } from './errors';
import { applyDecodeFlags, DECODE_DEFAULT } from './decode-flags';
import { answersCommand, isReset, type MonitorSetting } from './monitor-mode';
import { batchOutcome } from './transaction';

export interface CommandQueueHooks {
  /**
   * A RESP3 push frame, or a RESP2 pub/sub array. `confirmation`: it answered the pub/sub command at
   * the head of the reply FIFO (a `subscribe` for a `SUBSCRIBE`), rather than arriving unasked.
   */
  onPush(push: unknown[], confirmation: boolean): void;
  /** The stream can no longer be trusted (malformed input): close the connection. */
  onFatal(error: Error): void;
  /** A reply arrived that no command was waiting for: close the connection. */
  onUnexpectedReply(): void;
  /** The last live command settled (a graceful close can finish: tombstones are not waited for). */
  onNoneLive(): void;
}

/** Every kind of array a RESP2 connection in subscriber mode receives besides `pong` replies. */
const PUB_SUB_KINDS = new Set([
  'message', 'pmessage', 'smessage',
  'subscribe', 'unsubscribe', 'psubscribe', 'punsubscribe', 'ssubscribe', 'sunsubscribe',
]);

/**
 * The commands of one connection: those waiting to be written (`#toWrite`, also the offline queue)
 * and those written and waiting for their reply (`#inFlight`, the reply FIFO). Both are denques:
 * O(1) at both ends (an Array's shift is O(n)).
 */
export class CommandQueue {
  readonly #toWrite = new Denque<CommandRequest>();
  readonly #inFlight = new Denque<CommandRequest>();
  readonly #encoder = new CommandEncoder();
  readonly #parser: Parser;
  readonly #deadlines: DeadlineTracker<CommandRequest>;
  readonly #hooks: CommandQueueHooks;
  /** The decode settings the parser holds now (those of the head of the reply FIFO). */
  #decode = DECODE_DEFAULT;
  /**
   * The decode settings while no reply is awaited: what pub/sub messages arriving on an idle
   * connection are decoded with (Buffers while subscribed, so a binary message survives intact).
   */
  #idleDecode = DECODE_DEFAULT;
  /** Commands queued or in flight that have not settled (tombstones of timed-out ones excluded). */
  #live = 0;
  /** MONITOR mode (monitor-mode.ts): every reply that answers no allowed command is a line for it. */
  #monitor: MonitorSetting | undefined;
  /** The idle decode settings before MONITOR mode, restored when it ends. */
  #decodeBeforeMonitor = DECODE_DEFAULT;
  /**
   * The connection speaks RESP2: pub/sub confirmations and messages arrive as arrays that look like
   * replies and must be told apart (RESP3 sends them as push frames instead).
   */
  resp2 = false;
  /**
   * RESP2 subscriber mode, as the server sees it (set by the pub/sub layer from the counts in the
   * confirmations, in stream order): every pub/sub array is then a message, never a reply.
   */
  resp2Subscribed = false;
  /**
   * Error replies to single commands so far. A connection lent to one blocking command at a time
   * reads it to tell an error (MOVED, UNBLOCKED — after which the server may close the socket) from
   * a reply, without touching the success path.
   */
  errorReplies = 0;

  constructor(hooks: CommandQueueHooks) {
    this.#hooks = hooks;
    this.#deadlines = new DeadlineTracker((cmd) => this.#expire(cmd));
    this.#parser = new Parser({
      returnReply: (reply: unknown) => this.#onReply(reply),
      returnError: (error: ReplyError) => this.#onError(error),
      returnFatalError: (error: ProtocolError) => this.#hooks.onFatal(error),
      returnPush: (push: unknown[]) => this.#onPush(push),
      // A type mapping of bulk strings to Buffer (node-redis's BLOB_STRING) leaves `+OK` a string.
      simpleStringBuffers: false,
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

  /** Commands not settled yet (what a graceful close waits for). */
  get live(): number {
    return this.#live;
  }

  /** Queue a command to be written; its deadline (if it has one) is watched from now on. */
  add(cmd: CommandRequest): void {
    this.#live++;
    if (cmd.expectedPushes !== undefined) cmd.pushesLeft = cmd.expectedPushes.count;
    if (cmd.asap) this.#toWrite.unshift(cmd);
    else this.#toWrite.push(cmd);
    if (cmd.deadline !== 0) this.#deadlines.track(cmd);
  }

  /** Reject the command with an AbortError; a written one stays as a tombstone for its reply. */
  abort(cmd: CommandRequest, reason: unknown): void {
    if (cmd.settled) return;
    this.#fail(cmd, AbortError.of(cmd.written, reason));
  }

  /**
   * Decode RESP3 push frames with Buffers (true) whatever reply is awaited, or like it (undefined):
   * a binary pub/sub message may arrive between any two replies.
   */
  setPushBuffers(value: boolean | undefined): void {
    this.#parser.pushBuffers = value;
  }

  /** How to decode what arrives while no reply is awaited (pub/sub messages), as DecodeFlags. */
  setIdleDecode(flags: number): void {
    this.#idleDecode = flags;
    if (this.#inFlight.length === 0) this.#setDecode(flags);
  }

  /**
   * Write a command now, ahead of everything waiting in `#toWrite` (the handshake and pub/sub
   * resubscribes of a new connection, before it is ready). Returns the chunks to write.
   */
  writeNow(cmd: CommandRequest): Array<string | Buffer> | undefined {
    this.#live++;
    if (cmd.expectedPushes !== undefined) cmd.pushesLeft = cmd.expectedPushes.count;
    if (cmd.deadline !== 0) this.#deadlines.track(cmd);
    if (!this.#encode(this.#encoder, cmd)) return undefined;
    if (this.#inFlight.length === 0) this.#setDecode(cmd.decode);
    cmd.written = true;
    cmd.dropArgs();
    this.#inFlight.push(cmd);
    return this.#encoder.flush();
  }

  /**
   * Encode every command waiting to be written, move it to the reply FIFO, and return the chunks for
   * one write (one running string, split only at Buffer arguments), or undefined when there is none.
   * Commands that settled while waiting (aborted, timed out) are dropped: they are never sent. A
   * batch is written whole, or refused whole by its guard.
   */
  takeWrites(): Array<string | Buffer> | undefined {
    const toWrite = this.#toWrite;
    const inFlight = this.#inFlight;
    const encoder = this.#encoder;
    let cmd = toWrite.shift();
    if (cmd === undefined) return undefined;
    const wasIdle = inFlight.length === 0;
    let any = false;
    while (cmd !== undefined) {
      if (!cmd.settled && this.#encode(encoder, cmd)) {
        cmd.written = true;
        cmd.dropArgs();
        inFlight.push(cmd);
        any = true;
      }
      cmd = toWrite.shift();
    }
    if (!any) return undefined;
    // The decoder must read the first reply with the settings of the command now at the head.
    if (wasIdle) this.#setDecode(inFlight.peekFront()!.decode);
    return encoder.flush();
  }

  /**
   * Encode one command (or every command of a batch, between MULTI and EXEC for a transaction, after
   * ASKING when asked); false when it was refused instead — its guard said no, or an argument can't be
   * encoded (checked when it was issued, so only a caller that changed it since). A refusal fails
   * that command alone: a flush never throws.
   */
  #encode(encoder: CommandEncoder, cmd: CommandRequest): boolean {
    const batch = cmd.batch;
    if (batch === undefined) {
      try {
        encoder.write(cmd.args);
      } catch (error) {
        this.#fail(cmd, error as Error); // the encoder is left as it was
        return false;
      }
      return true;
    }
    const refusal = batch.guard?.() ?? batchRefusal(batch.commands);
    if (refusal !== undefined) {
      this.#fail(cmd, refusal);
      return false;
    }
    let count = batch.commands.length;
    if (cmd.asking) {
      encoder.write(ASKING);
      count++;
    }
    if (batch.transaction) {
      encoder.write(MULTI);
      count += 2;
    }
    for (const command of batch.commands) encoder.write(command.args);
    if (batch.transaction) encoder.write(EXEC);
    cmd.replies = [];
    cmd.repliesLeft = count;
    return true;
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
    this.#setDecode(this.#idleDecode);
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

  /**
   * Enter MONITOR mode now (called in stream order, from the MONITOR reply's transform, so the lines
   * right behind it in the same read are already the listener's).
   */
  startMonitor(setting: MonitorSetting): void {
    if (this.#monitor === undefined) this.#decodeBeforeMonitor = this.#idleDecode;
    this.#monitor = setting;
    this.setIdleDecode(setting.decode);
  }

  /** Leave MONITOR mode (RESET answered, or a new socket: a new server session). */
  stopMonitor(): void {
    if (this.#monitor === undefined) return;
    this.#monitor = undefined;
    this.setIdleDecode(this.#decodeBeforeMonitor);
  }

  #onReply(reply: unknown): void {
    const head = this.#inFlight.peekFront();
    const monitor = this.#monitor;
    if (monitor !== undefined) {
      if (head === undefined || !answersCommand(head.args, reply)) {
        monitor.listener(reply);
        return;
      }
      if (isReset(head.args)) this.stopMonitor();
    }
    // RESP2 pub/sub arrays are only possible while a pub/sub command waits or the server has the
    // connection in subscriber mode: an ordinary array reply (LRANGE, MGET…) costs two field reads.
    if (this.resp2 && (this.resp2Subscribed || (head !== undefined && head.pushesLeft > 0)) && Array.isArray(reply) && this.#isResp2PubSub(reply, head)) {
      this.#onPush(reply);
      return;
    }
    if (head === undefined) {
      this.#hooks.onUnexpectedReply();
      return;
    }
    if (head.batch !== undefined) {
      this.#onBatchReply(head, reply);
      return;
    }
    this.#shiftHead();
    if (head.settled) return; // a tombstone: the caller already got a timeout or an abort
    this.#settle(head);
    const transform = transformFor(head, this.resp2 ? 2 : 3);
    if (transform === undefined) {
      head.resolve(reply);
      return;
    }
    let value: unknown;
    try {
      value = transform(reply as never, head.preserve, head.typeMapping);
    } catch (error) {
      head.fail(error as Error);
      return;
    }
    head.resolve(value);
  }

  #onError(error: ReplyError): void {
    const head = this.#inFlight.peekFront();
    if (head === undefined) {
      this.#hooks.onUnexpectedReply();
      return;
    }
    if (head.batch !== undefined) {
      this.#onBatchReply(head, error);
      return;
    }
    this.#shiftHead();
    this.errorReplies++;
    if (head.settled) return;
    this.#settle(head);
    head.fail(error);
  }

  /**
   * One reply of a batch (an error reply is a value here); the batch settles with its last one, as
   * the transaction's or pipeline's outcome (each command's reply shaped for this connection's protocol).
   */
  #onBatchReply(head: CommandRequest, reply: unknown): void {
    if (!head.settled) head.replies!.push(reply);
    if (--head.repliesLeft > 0) return;
    this.#shiftHead();
    if (head.settled) return;
    this.#settle(head);
    const replies = head.asking ? head.replies!.slice(1) : head.replies!;
    let outcome: unknown[];
    try {
      outcome = batchOutcome(head.batch!, replies, this.resp2 ? 2 : 3, head.typeMapping);
    } catch (error) {
      head.fail(error as Error);
      return;
    }
    head.resolve(outcome);
  }

  #onPush(push: unknown[]): void {
    const head = this.#inFlight.peekFront();
    if (head !== undefined && head.pushesLeft > 0 && isAnswerTo(head, push)) {
      this.#hooks.onPush(push, true);
      if (--head.pushesLeft === 0) this.#onReply(undefined);
      return;
    }
    this.#hooks.onPush(push, false);
  }

  /**
   * RESP2: is this array a pub/sub confirmation or message rather than a reply? Confirmations of the
   * pub/sub command at the head always are; anything pub/sub-shaped is while the server has the
   * connection in subscriber mode (where no other command runs). Outside of it, an array whose first
   * element happens to be `message` is an ordinary reply (an `LRANGE`, say).
   */
  #isResp2PubSub(reply: unknown[], head: CommandRequest | undefined): boolean {
    const kind = pushKindOf(reply);
    if (kind === undefined) return false;
    if (head !== undefined && head.pushesLeft > 0 && kind === head.expectedPushes!.kind) return true;
    return this.resp2Subscribed && PUB_SUB_KINDS.has(kind);
  }

  /** The head got its reply: drop it, and decode what comes next with the next command's settings. */
  #shiftHead(): void {
    const inFlight = this.#inFlight;
    inFlight.shift();
    const next = inFlight.peekFront();
    const flags = next === undefined ? this.#idleDecode : next.decode;
    if (flags !== this.#decode) this.#setDecode(flags);
  }

  #settle(cmd: CommandRequest): void {
    cmd.settled = true;
    if (--this.#live === 0) this.#hooks.onNoneLive();
    if (cmd.deadline !== 0) this.#deadlines.release(cmd);
    if (cmd.onAbort !== undefined) {
      cmd.signal!.removeEventListener('abort', cmd.onAbort);
      cmd.onAbort = undefined;
    }
  }

  #fail(cmd: CommandRequest, error: Error): void {
    this.#settle(cmd);
    cmd.fail(error);
  }

  #expire(cmd: CommandRequest): void {
    if (cmd.settled) return;
    this.#fail(cmd, TimeoutError.of(cmd.timeout, cmd.written));
  }

  /** Stop the timeout timer (the client is closed and every command settled). */
  dispose(): void {
    this.#deadlines.clear();
  }
}

const ASKING: readonly RedisArgument[] = ['ASKING'];
const MULTI: readonly RedisArgument[] = ['MULTI'];
const EXEC: readonly RedisArgument[] = ['EXEC'];

function batchRefusal(commands: ReadonlyArray<QueuedCommand>): Error | undefined {
  for (const command of commands) {
    const invalid = invalidArguments(command.args);
    if (invalid !== undefined) return invalid;
  }
  return undefined;
}

/** Is this push (of the kind the command expects) one of its answers? */
function isAnswerTo(head: CommandRequest, push: unknown[]): boolean {
  const expected = head.expectedPushes!;
  return pushKindOf(push) === expected.kind && (expected.filter === undefined || expected.filter(push));
}

/** The first element of a pub/sub array (`message`, `subscribe`, …), lower-cased, or undefined. */
export function pushKindOf(push: unknown[]): string | undefined {
  const first = push[0];
  if (typeof first === 'string') return first.toLowerCase();
  if (Buffer.isBuffer(first)) return first.toString('latin1').toLowerCase();
  return undefined;
}
