// @x/modules: the command contract (node-redis v5's definition format), scripts, functions, and
// the mechanism that turns definitions into methods on a client or cluster.
export { RESP_TYPES, type MappedType, type RespTypes, type RespTypeCode, type TypeMapping } from './resp-types';
export type {
  Command,
  RedisArgument,
  RedisVariadicArgument,
  RespVersions,
  TransformReply,
  TransformReplyByResp,
  RequestPolicy,
  ResponsePolicy,
  RedisCommands,
  RedisModules,
  RedisFunction,
  RedisFunctions,
  RedisScriptConfig,
  RedisScript,
  RedisScripts,
} from './command';
export { BasicCommandParser, PrefixedCommandParser, createCommandParser, type CommandParser } from './command-parser';
export { prefixKey, prefixKeys, normalizeKeyPrefix } from './key-prefix';
export { parseCommandArguments } from './parse-arguments';
export type {
  BigNumberReply,
  BlobStringReply,
  CommandReply,
  CommandSignature,
  DoubleReply,
  MapReply,
  NumberReply,
  SetReply,
  SimpleStringReply,
  VerbatimStringReply,
  ReplyUnion,
  ReplyWithTypeMapping,
  Tail,
} from './reply';
export type { WithCommands, WithModules, WithFunctions, WithScripts, WithExtensions, KnownExtensions } from './with-commands';
export { getTransformReply } from './transform-reply';
export { parseDouble, doublesAsText, doubleReply } from './double-reply';
export { defineScript, scriptSha1, scriptArgumentsPrefix, scriptEvalArguments } from './script';
export { functionArgumentsPrefix } from './function';
export type { CommandExecutor } from './executor';
export { commandFactories, type CommandFactories, type CommandMethod } from './command-factories';
export { createParse, type ParseArguments } from './create-parse';
export {
  attach,
  attachCommands,
  attachExtensions,
  type AttachOptions,
  type AttachableClass,
} from './attach';
export { withOptionsProxy, type CommandOptionsHolder } from './options-proxy';
export { PUBSUB_TYPE, type PubSubType, type PubSubListener, type AnyPubSubListener } from './pub-sub-listener';
export {
  RedisFacade,
  FACADE_ALIASES,
  FACADE_RESERVED_NAMES,
  defineAliases,
  createFacade,
  type FacadeAliases,
  type FacadeCommandOptions,
  type PubSubExecutor,
} from './facade';
export {
  validateConfig,
  validateCommand,
  validateScript,
  validateFunction,
  collectReservedNames,
  assertNumberOfKeys,
  type ExtensionsConfig,
} from './validate';
export { InvalidDefinitionError, DefinitionNameConflictError, NumberOfKeysError } from './errors';
