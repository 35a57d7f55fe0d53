import type {
  Command,
  CommandReply,
  RedisFunctions,
  RedisModules,
  RedisScripts,
  ReplyWithTypeMapping,
  RespVersions,
  Tail,
  TypeMapping,
} from '@x/modules';
import type { COMMANDS } from './commands';
import type { RedisClientMultiCommand } from './multi-command';

export type { MultiReply, MultiReplyType } from './multi-reply';

// Each queued command appends its reply type to REPLIES. The mapped types below are resolved lazily,
// one member at a time, so a chain costs tsc one instantiation per call, not one per command name.
type Queue<
  REPLIES extends Array<unknown>,
  C extends Command,
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TM extends TypeMapping,
> = (
  ...args: Tail<Parameters<C['parseCommand']>>
) => RedisClientMultiCommandType<[...REPLIES, ReplyWithTypeMapping<CommandReply<C, RESP>, TM>], M, F, S, RESP, TM>;

/** The built-in commands of a multi, chained: each queues and returns the multi with one more reply type. */
export type MultiCommands<
  REPLIES extends Array<unknown>,
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TM extends TypeMapping,
> = {
  [P in keyof typeof COMMANDS]: Queue<REPLIES, (typeof COMMANDS)[P], M, F, S, RESP, TM>;
};

/**
 * The multi with its built-in commands. An interface, not an intersection: tsc then relates two
 * instantiations by their type arguments instead of expanding every chained method's return type
 * (which grows the reply tuple without end).
 */
export interface RedisClientMultiCommandChain<
  REPLIES extends Array<unknown>,
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TM extends TypeMapping,
> extends RedisClientMultiCommand<REPLIES>,
    MultiCommands<REPLIES, M, F, S, RESP, TM> {}

/** What `client.multi()` returns: the queue plus one chained method per command and extension. */
export type RedisClientMultiCommandType<
  REPLIES extends Array<unknown>,
  M extends RedisModules,
  F extends RedisFunctions,
  S extends RedisScripts,
  RESP extends RespVersions,
  TM extends TypeMapping,
> = RedisClientMultiCommandChain<REPLIES, M, F, S, RESP, TM> & {
  [N in keyof M]: { [C in keyof M[N]]: Queue<REPLIES, M[N][C], M, F, S, RESP, TM> };
} & {
  [L in keyof F]: { [C in keyof F[L]]: Queue<REPLIES, F[L][C], M, F, S, RESP, TM> };
} & {
  [N in keyof S]: Queue<REPLIES, S[N], M, F, S, RESP, TM>;
};
