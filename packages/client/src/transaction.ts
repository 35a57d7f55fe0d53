import type { RedisArgument, RespVersions, TypeMapping } from '@x/modules';
import { ReplyError } from '@x/resp';
import { transformFor, type QueuedCommand, type RequestBatch } from './command-request';
import { MultiErrorReply, WatchError } from './errors';

/** `WATCH`/`UNWATCH` by name, so every way of sending them keeps the WATCH bookkeeping right. */
export function watchKind(args: ReadonlyArray<RedisArgument>): 'watch' | 'unwatch' | undefined {
  const name: unknown = args[0];
  // Anything but a string or Buffer is a bad argument, refused when it is sent, not here.
  if ((typeof name !== 'string' && !Buffer.isBuffer(name)) || (name.length !== 5 && name.length !== 7)) return undefined;
  const upper = name.toString().toUpperCase();
  return upper === 'WATCH' ? 'watch' : upper === 'UNWATCH' ? 'unwatch' : undefined;
}

export function reconnectedAfterWatch(): WatchError {
  return new WatchError('The connection was replaced after WATCH (the server forgot it); the transaction was not sent', { sent: false });
}

/**
 * What a batch resolves with, from its replies (error replies as values) on a connection speaking
 * `resp`: a transaction's — `OK`, `QUEUED`…, then `EXEC`'s — or a pipeline's, one per command.
 * Throws what says why it failed: a MultiErrorReply when commands failed at run time (the others ran),
 * the error of the first command the server refused while queueing, as node-redis rejects (then EXEC
 * answered EXECABORT: nothing ran), a WatchError when a watched key changed (nothing ran).
 */
export function batchOutcome(batch: RequestBatch, replies: ReadonlyArray<unknown>, resp: RespVersions, typeMapping: TypeMapping | undefined): unknown[] {
  return batch.transaction ? transactionResults(batch.commands, replies, resp, typeMapping) : commandResults(batch.commands, replies, resp, typeMapping);
}

function transactionResults(
  commands: ReadonlyArray<QueuedCommand>,
  replies: ReadonlyArray<unknown>,
  resp: RespVersions,
  typeMapping: TypeMapping | undefined,
): unknown[] {
  if (replies[0] instanceof ReplyError) throw replies[0]; // MULTI itself refused (nested MULTI…)
  const exec = replies[replies.length - 1];
  if (exec instanceof ReplyError) {
    if (exec.code !== 'EXECABORT') throw exec;
    // The server refused a command while queueing, so it discarded the whole: the refusal says why
    // (and, on a cluster, where to go), and is what node-redis rejects with.
    const refused = replies.slice(1, -1).find((reply): reply is ReplyError => reply instanceof ReplyError);
    throw refused ?? exec;
  }
  if (exec === null) throw new WatchError();
  if (!Array.isArray(exec)) throw new ReplyError(`ERR unexpected EXEC reply (${typeof exec})`);
  return commandResults(commands, exec, resp, typeMapping);
}

/**
 * Each command's reply through its `transformReply` for the protocol in use. Error replies stay as
 * they are; if there is any, rejects with a MultiErrorReply holding all of them.
 */
function commandResults(
  commands: ReadonlyArray<QueuedCommand>,
  replies: ReadonlyArray<unknown>,
  resp: RespVersions,
  typeMapping: TypeMapping | undefined,
): unknown[] {
  const results: unknown[] = new Array(replies.length);
  const errorIndexes: number[] = [];
  for (let i = 0; i < replies.length; i++) {
    const reply = replies[i];
    if (reply instanceof Error) {
      results[i] = reply;
      errorIndexes.push(i);
      continue;
    }
    const command = commands[i]!;
    const transform = transformFor(command, resp);
    try {
      results[i] = transform === undefined ? reply : transform(reply, command.preserve, typeMapping);
    } catch (error) {
      results[i] = error;
      errorIndexes.push(i);
    }
  }
  if (errorIndexes.length > 0) throw new MultiErrorReply(results, errorIndexes);
  return results;
}
