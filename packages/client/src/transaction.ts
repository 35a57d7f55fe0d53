import { getTransformReply, type RedisArgument, type RespVersions, type TypeMapping } from '@x/modules';
import { ReplyError } from '@x/resp';
import { isBlockingCommand } from './blocking-commands';
import { MultiErrorReply, WatchError } from './errors';
import type { MultiQueuedCommand } from './multi-command';

/** `WATCH`/`UNWATCH` by name, so every way of sending them keeps the WATCH bookkeeping right. */
export function watchKind(args: ReadonlyArray<RedisArgument>): 'watch' | 'unwatch' | undefined {
  const name = args[0];
  if (name === undefined || (name.length !== 5 && name.length !== 7)) return undefined;
  const upper = name.toString().toUpperCase();
  return upper === 'WATCH' ? 'watch' : upper === 'UNWATCH' ? 'unwatch' : undefined;
}

export function reconnectedAfterWatch(): WatchError {
  return new WatchError('The connection was replaced after WATCH (the server forgot it); the transaction was not sent', { sent: false });
}

const MULTI: readonly RedisArgument[] = ['MULTI'];
const EXEC: readonly RedisArgument[] = ['EXEC'];

/** The batch of a transaction: `MULTI`, the commands, `EXEC`. */
export function transactionBatch(commands: ReadonlyArray<MultiQueuedCommand>): Array<readonly RedisArgument[]> {
  const batch: Array<readonly RedisArgument[]> = [MULTI];
  for (const command of commands) batch.push(command.args);
  batch.push(EXEC);
  return batch;
}

/** The batch of a pipeline, and whether one of its commands blocks (then it gets no default timeout). */
export function pipelineBatch(commands: ReadonlyArray<MultiQueuedCommand>): { batch: Array<readonly RedisArgument[]>; blocking: boolean } {
  const batch = commands.map((command) => command.args);
  return { batch, blocking: batch.some(isBlockingCommand) };
}

/**
 * The outcome of a transaction from its batch's replies (`OK`, `QUEUED`…, then `EXEC`'s): the
 * commands' transformed replies, or the error that says why nothing (or not everything) ran.
 */
export function transactionResults(
  commands: ReadonlyArray<MultiQueuedCommand>,
  replies: ReadonlyArray<unknown>,
  resp: RespVersions,
  configuredResp: RespVersions,
  typeMapping: TypeMapping | undefined,
): unknown[] {
  if (replies[0] instanceof ReplyError) throw replies[0]; // MULTI itself refused (nested MULTI…)
  const exec = replies[replies.length - 1];
  if (exec instanceof ReplyError) {
    if (exec.code !== 'EXECABORT') throw exec;
    // The server refused a command while queueing: say which, not only that the whole was discarded.
    const refused = replies.slice(1, -1).find((reply): reply is ReplyError => reply instanceof ReplyError);
    if (refused === undefined) throw exec;
    throw new ReplyError(`${exec.message.replace(/\.$/, '')}: ${refused.message}`, { cause: refused });
  }
  if (exec === null) throw new WatchError();
  if (!Array.isArray(exec)) throw new ReplyError(`ERR unexpected EXEC reply (${typeof exec})`);
  return commandResults(commands, exec, resp, configuredResp, typeMapping);
}

/**
 * Each command's reply through its `transformReply` (picked again when the server speaks another
 * RESP version than the one the multi was built for). Error replies stay as they are; if there is
 * any, rejects with a MultiErrorReply holding all of them.
 */
export function commandResults(
  commands: ReadonlyArray<MultiQueuedCommand>,
  replies: ReadonlyArray<unknown>,
  resp: RespVersions,
  configuredResp: RespVersions,
  typeMapping: TypeMapping | undefined,
): unknown[] {
  const results: unknown[] = new Array(replies.length);
  const errorIndexes: number[] = [];
  for (let i = 0; i < replies.length; i++) {
    const reply = replies[i];
    const queued = commands[i]!;
    if (reply instanceof Error) {
      results[i] = reply;
      errorIndexes.push(i);
      continue;
    }
    const transform =
      resp !== configuredResp && queued.command !== undefined ? getTransformReply(queued.command, resp) : queued.transformReply;
    try {
      results[i] = transform === undefined ? reply : transform(reply, queued.preserve, typeMapping);
    } catch (error) {
      results[i] = error;
      errorIndexes.push(i);
    }
  }
  if (errorIndexes.length > 0) throw new MultiErrorReply(results, errorIndexes);
  return results;
}
