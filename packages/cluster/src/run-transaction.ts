import { transactionBatch, transactionResults, type CommandOptions, type MultiQueuedCommand } from '@x/client';
import type { RedisArgument, RespVersions } from '@x/modules';
import { ReplyError } from '@x/resp';
import { followDecision, type RunContext } from './command-runner';
import { MaxRedirectionsError, SlotUncoveredError } from './errors';
import type { NodeEntry } from './node-registry';
import { classify } from './redirect';
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
 * an EXECABORT for any other reason, and run-time errors (a MultiErrorReply).
 */
export function runTransaction(
  context: RunContext,
  commands: ReadonlyArray<MultiQueuedCommand>,
  options: CommandOptions | undefined,
  configuredResp: RespVersions,
): Promise<unknown[]> {
  const firstKey = commands.find((command) => command.firstKey !== undefined)?.firstKey;
  let slot = firstKey === undefined ? undefined : keySlot(firstKey);
  const { topology, maxRedirections } = context;
  return new Promise((resolve, reject) => {
    let attempts = 0;
    let current: NodeEntry | undefined;

    const write = (entry: NodeEntry, asking: boolean): void => {
      const connection = entry.client._connection;
      const batch = transactionBatch(commands);
      if (asking) batch.unshift(ASKING);
      connection.sendBatch(batch, options).then((replies) => {
        let results: unknown[];
        try {
          results = transactionResults(commands, asking ? replies.slice(1) : replies, connection.resp, configuredResp, options?.typeMapping);
        } catch (error) {
          onError(error as Error);
          return;
        }
        resolve(results);
      }, onError);
    };

    const send = (entry: NodeEntry, asking: boolean): void => {
      current = entry;
      // A connection not open yet (minimizeConnections, a node just learnt from MOVED) opens first;
      // one that is reconnecting refuses the batch as not sent, and the transaction is routed again.
      if (entry.client.isReady) write(entry, asking);
      else entry.connect().then(() => write(entry, asking), onError);
    };

    const route = (): void => {
      const entry = topology.route(slot, false);
      if (entry === undefined) onError(new SlotUncoveredError(slot ?? -1));
      else send(entry, false);
    };

    const onError = (error: Error): void => {
      if (context.isClosed()) {
        reject(error);
        return;
      }
      if (++attempts > maxRedirections) {
        reject(new MaxRedirectionsError(maxRedirections, error));
        return;
      }
      // Never as a read: a transaction that may have run is not run again.
      const decision = classify(routingCause(error), false);
      if (decision.action === 'moved' || decision.action === 'ask') {
        // A redirect for another slot than the one routed by: a key of a raw `addCommand` lives
        // elsewhere, and no node can run the whole. Following it would bounce between the owners.
        if (slot !== undefined && decision.redirect.slot !== slot) {
          reject(error);
          return;
        }
        slot = decision.redirect.slot;
      }
      followDecision(context, decision, error, attempts, current!, { send, route, reject });
    };

    route();
  });
}
