// The built-in commands, by method name in both of node-redis's spellings (`SET` and `set`,
// `HGETALL` and `hGetAll`). One definition per file, named by the Redis command: the hand-tuned ones
// in this folder, registered by Redis's command group in groups/ (so work on one group never touches
// another's list), every other command of Redis generated from the server's own metadata into
// generated/ (see README.md). A hand-tuned definition wins over a generated one of the same name.

import { GENERATED_COMMANDS } from './generated';
import { ARRAY_COMMANDS } from './groups/array';
import { BITMAP_COMMANDS } from './groups/bitmap';
import { CLUSTER_COMMANDS } from './groups/cluster';
import { CONNECTION_COMMANDS } from './groups/connection';
import { GENERIC_COMMANDS } from './groups/generic';
import { GEO_COMMANDS } from './groups/geo';
import { HASH_COMMANDS } from './groups/hash';
import { HYPERLOGLOG_COMMANDS } from './groups/hyperloglog';
import { LIST_COMMANDS } from './groups/list';
import { PUBSUB_COMMANDS } from './groups/pubsub';
import { SCRIPTING_COMMANDS } from './groups/scripting';
import { SERVER_COMMANDS } from './groups/server';
import { SET_COMMANDS } from './groups/set';
import { SORTED_SET_COMMANDS } from './groups/sorted-set';
import { STREAM_COMMANDS } from './groups/stream';
import { STRING_COMMANDS } from './groups/string';
import { TRANSACTIONS_COMMANDS } from './groups/transactions';
import { VECTOR_SET_COMMANDS } from './groups/vector-set';

/** Every built-in command definition, under its upper-case and its camel-case name. */
export const COMMANDS = {
  ...GENERATED_COMMANDS,
  ...ARRAY_COMMANDS,
  ...BITMAP_COMMANDS,
  ...CLUSTER_COMMANDS,
  ...CONNECTION_COMMANDS,
  ...GENERIC_COMMANDS,
  ...GEO_COMMANDS,
  ...HASH_COMMANDS,
  ...HYPERLOGLOG_COMMANDS,
  ...LIST_COMMANDS,
  ...PUBSUB_COMMANDS,
  ...SCRIPTING_COMMANDS,
  ...SERVER_COMMANDS,
  ...SET_COMMANDS,
  ...SORTED_SET_COMMANDS,
  ...STREAM_COMMANDS,
  ...STRING_COMMANDS,
  ...TRANSACTIONS_COMMANDS,
  ...VECTOR_SET_COMMANDS,
} as const;


/** The record of built-in commands (the type `WithCommands` maps into methods). */
export type Commands = typeof COMMANDS;

export type { SetOptions } from './set';
export type { MSetArguments } from './mset';
export type { GetExOptions } from './getex';
export type { ScanOptions, ScanReply } from './scan';
export type { ScanCommonOptions } from './helpers/scan';
export type { HashTypes, HSetFields } from './hset';
export type { HashEntry, HScanReply } from './hscan';
export type { SScanReply } from './sscan';
export type { BlockingPopReply } from './helpers/blocking-pop';
export type { ZMember, ZAddOptions } from './zadd';
export type { ZRangeOptions } from './zrange';
export type { ZScanReply } from './zscan';
export type { SortedSetMember } from './helpers/sorted-set';
export type { XAddOptions, XAddTrimOptions } from './xadd';
export type { XReadOptions } from './xread';
export type { XReadGroupOptions } from './xreadgroup';
export type { XRangeOptions } from './xrange';
export type { XTrimOptions } from './xtrim';
export type { XGroupCreateOptions } from './xgroup-create';
export type {
  StreamMessage,
  StreamMessageOrDeleted,
  StreamMessages,
  StreamReadTarget,
} from './helpers/streams';
export type { FlushMode } from './helpers/flush-mode';
export type { ConfigValue } from './config-set';
export type { MemoryUsageOptions } from './memory-usage';
export type { EvalOptions } from './helpers/eval';
export type { FunctionLoadOptions } from './function-load';
