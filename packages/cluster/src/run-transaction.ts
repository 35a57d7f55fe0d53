import { transactionBatch, transactionResults, type CommandOptions, type MultiQueuedCommand } from '@x/client';
import type { RedisArgument, RespVersions } from '@x/modules';
import { ReplyError } from '@x/resp';
import { AttemptLoop, type RunContext } from './command-runner';
import type { NodeEntry } from './node-registry';
import { classify, type RetryDecision } from './redirect';
import { keySlot } from './topology/key-slot';

const ASKING: readonly RedisArgument[] = ['ASKING'];

/**
 * Why a transaction failed, as far as routing goes. A queued command the server refused (MOVED, ASK,
 * TRYAGAIN while queueing) aborts the transaction: the client rejects with `EXECABORT` and the
 * refusal as its `cause` — the refusal is what says where to go. Otherwise the error itself (`EXEC`
 * answered MOVED/ASK/TRYAGAIN/CLUSTERDOWN directly, or the connection failed).
 */
function routingCause(error: unknown): unknown {
  if (error instanceof ReplyError && error.code === 'EXECABORT' && error.cause instanceof ReplyError) return error.cause;
  return error;
}

/** A transaction on the master of its slot, followed across the cluster by the {@link AttemptLoop}. */
class TransactionAttempts extends AttemptLoop {
  readonly #commands: ReadonlyArray<MultiQueuedCommand>;
  readonly #options: CommandOptions | undefined;
  readonly #configuredResp: RespVersions;
  readonly #resolve: (results: unknown[]) => void;
  #slot: number | undefined;

  constructor(
    context: RunContext,
    commands: ReadonlyArray<MultiQueuedCommand>,
    options: CommandOptions | undefined,
    configuredResp: RespVersions,
    resolve: (results: unknown[]) => void,
    reject: (error: Error) => void,
  ) {
    super(context, reject);
    this.#commands = commands;
    this.#options = options;
    this.#configuredResp = configuredResp;
    this.#resolve = resolve;
    const firstKey = commands.find((command) => command.firstKey !== undefined)?.firstKey;
    this.#slot = firstKey === undefined ? undefined : keySlot(firstKey);
  }

  protected get slot(): number | undefined {
    return this.#slot;
  }

  protected pick(): NodeEntry | undefined {
    return this.context.topology.route(this.#slot, false);
  }

  protected write(entry: NodeEntry, asking: boolean): void {
    // A connection not open yet (minimizeConnections, a node just learnt from MOVED) opens first;
    // one that is reconnecting refuses the batch as not sent, and the transaction is routed again.
    if (entry.client.isReady) this.#sendBatch(entry, asking);
    else entry.connect().then(() => this.#sendBatch(entry, asking), this.fail);
  }

  #sendBatch(entry: NodeEntry, asking: boolean): void {
    const connection = entry.client._connection;
    const commands = this.#commands;
    const options = this.#options;
    const batch = transactionBatch(commands);
    if (asking) batch.unshift(ASKING);
    connection.sendBatch(batch, options).then((replies) => {
      let results: unknown[];
      try {
        results = transactionResults(commands, asking ? replies.slice(1) : replies, connection.resp, this.#configuredResp, options?.typeMapping);
      } catch (error) {
        this.fail(error as Error);
        return;
      }
      this.#resolve(results);
    }, this.fail);
  }

  protected decide(error: Error): RetryDecision {
    // Never as a read: a transaction that may have run is not run again.
    const decision = classify(routingCause(error), false);
    if (decision.action === 'moved' || decision.action === 'ask') {
      // A redirect for another slot than the one routed by: a key of a raw `addCommand` lives
      // elsewhere, and no node can run the whole. Following it would bounce between the owners.
      if (this.#slot !== undefined && decision.redirect.slot !== this.#slot) return FAIL;
      this.#slot = decision.redirect.slot;
    }
    return decision;
  }
}

const FAIL: RetryDecision = { action: 'fail' };

/**
 * Runs a transaction (`MULTI`, the queued commands, `EXEC`, written as one unit) on the master that
 * owns the slot of its first key (a random master when no command has a key), and follows the
 * cluster until it ran there: on MOVED or ASK (of `EXEC` or of a queued command) the WHOLE
 * transaction runs again on the node named — nothing of it ran where it was refused. After ASK it
 * is preceded by `ASKING` in the same unit: the server keeps the ASKING flag for the whole
 * `MULTI`…`EXEC` (checked on Redis 7.0: `ASKING` inside the transaction is only queued, and does not
 * help). TRYAGAIN, CLUSTERDOWN and a command that was not written back off and retry; all of it is
 * bounded by `maxRedirections`.
 *
 * A transaction whose `EXEC` may have reached the server — the connection dropped after the write,
 * a timeout — is rejected with that error (`sent: true`), never run again. So are a WATCH failure,
 * an EXECABORT for any other reason, and run-time errors (a MultiErrorReply), however many redirects
 * came before.
 */
export function runTransaction(
  context: RunContext,
  commands: ReadonlyArray<MultiQueuedCommand>,
  options: CommandOptions | undefined,
  configuredResp: RespVersions,
): Promise<unknown[]> {
  return new Promise((resolve, reject) => new TransactionAttempts(context, commands, options, configuredResp, resolve, reject).route());
}
