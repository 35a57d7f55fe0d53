export { Parser } from './decoder';
export { compileDecodeOptions, type DecodeProfile } from './decode-profile';
export { CommandEncoder, encodeCommand, type WireArgument, type EncodedCommand } from './encoder';
export { RedisError, type RedisErrorOptions } from './redis-error';
export { ReplyError } from './reply-error';
export { ProtocolError } from './protocol-error';
export { VerbatimString } from './verbatim-string';
export type {
  BigNumberMode,
  DoubleMode,
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
