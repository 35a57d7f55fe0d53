import type { CommandOptions, MultiQueuedCommand } from '@x/client';
import { CommandRequest } from '@x/client/node-connection';
import type { RedisArgument } from '@x/modules';
import type { EngineContext } from './attempt';
import { classify, type Decision } from './classify';
import type { TraceTarget } from './cluster-tracing';
import { RequestAttempt } from './run-command';
import { keySlot } from './topology/key-slot';

const FAIL: Decision = { action: 'fail' };

/** A transaction on the master of its slot, followed across the cluster by the attempt engine. */
class TransactionAttempt extends RequestAttempt {
  protected override decide(error: Error): Decision | undefined {
    // Never as a read: a transaction that may have run is not run again. A queued command the server
    // refused (MOVED, ASK, TRYAGAIN while queueing) is what the client rejects with — nothing ran,
    // and the refusal says where to go; otherwise EXEC's own error or the connection's.
    const decision = classify(error, false);
    if (decision.action === 'moved' || decision.action === 'ask') {
      // A redirect for another slot than the one routed by: a key of a raw `addCommand` lives
      // elsewhere, and no node can run the whole. Following it would bounce between the owners.
      if (this.slot !== undefined && decision.redirect.slot !== this.slot) return FAIL;
      this.slot = decision.redirect.slot;
    }
    return decision;
  }
}

/**
 * Runs a transaction (`MULTI`, the queued commands, `EXEC`, written as one unit) on the master that
 * owns the slot of its first key (else of `routing`; a random master when neither), and follows the
 * cluster until it ran there: on MOVED or ASK (of `EXEC` or of a queued command) the WHOLE
 * transaction runs again on the node named — nothing of it ran where it was refused. After ASK it
 * is preceded by `ASKING` in the same unit: the server keeps the ASKING flag for the whole
 * `MULTI`…`EXEC` (checked on Redis 7.0: `ASKING` inside the transaction is only queued, and does not
 * help). TRYAGAIN, CLUSTERDOWN and a transaction that was not written wait and retry, within its
 * deadline; redirects count against `maxCommandRedirections`.
 *
 * A transaction whose `EXEC` may have reached the server — the connection dropped after the write,
 * a timeout — is rejected with that error (`sent: true`), never run again. So are a WATCH failure,
 * any other refusal while queueing, and run-time errors (a MultiErrorReply), however many redirects
 * came before.
 */
export function runTransaction(
  context: EngineContext,
  commands: ReadonlyArray<MultiQueuedCommand>,
  options: CommandOptions | undefined,
  ready?: Promise<unknown>,
  routing?: RedisArgument,
  trace?: TraceTarget,
): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = new CommandRequest([], options, resolve as (reply: unknown) => void, reject);
    request.batch = { commands, transaction: true, guard: undefined };
    const firstKey = commands.find((command) => command.firstKey !== undefined)?.firstKey ?? routing;
    new TransactionAttempt(context, request, firstKey === undefined ? undefined : keySlot(firstKey), false, trace === undefined ? undefined : { trace }).start(ready);
  });
}
