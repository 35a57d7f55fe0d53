export { Parser } from './decoder';
export { CommandEncoder, encodeCommand, type WireArgument, type EncodedCommand } from './encoder';
export { RedisError, type RedisErrorOptions } from './redis-error';
export { ReplyError } from './reply-error';
export { ProtocolError } from './protocol-error';
export { VerbatimString } from './verbatim-string';
export type {
  IntegerMode,
  MapType,
  ParserCallbacks,
  ParserDecodeOptions,
  ParserLimits,
  ParserOptions,
  RespObject,
  RespValue,
  SetType,
} from './types';
