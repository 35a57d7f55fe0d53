// The built-in commands, by method name in both of node-redis's spellings (`SET` and `set`,
// `HGETALL` and `hGetAll`). One definition per file, named by the Redis command: the hand-tuned ones
// here, every other command of Redis generated from the server's own metadata into generated/ (see
// README.md). A hand-tuned definition wins over a generated one of the same name.

import APPEND from './append';
import BLPOP from './blpop';
import BRPOP from './brpop';
import CLIENT_GETNAME from './client-getname';
import CLIENT_ID from './client-id';
import CLIENT_SETNAME from './client-setname';
import CONFIG_GET from './config-get';
import CONFIG_SET from './config-set';
import DBSIZE from './dbsize';
import DECR from './decr';
import DECRBY from './decrby';
import DEL from './del';
import ECHO from './echo';
import EVAL from './eval';
import EVAL_RO from './eval-ro';
import EVALSHA from './evalsha';
import EVALSHA_RO from './evalsha-ro';
import EXISTS from './exists';
import EXPIRE from './expire';
import FCALL from './fcall';
import FCALL_RO from './fcall-ro';
import FLUSHALL from './flushall';
import FLUSHDB from './flushdb';
import FUNCTION_DELETE from './function-delete';
import FUNCTION_FLUSH from './function-flush';
import FUNCTION_LOAD from './function-load';
import GET from './get';
import GETDEL from './getdel';
import GETEX from './getex';
import GETRANGE from './getrange';
import HDEL from './hdel';
import HEXISTS from './hexists';
import HGET from './hget';
import HGETALL from './hgetall';
import HINCRBY from './hincrby';
import HKEYS from './hkeys';
import HLEN from './hlen';
import HMGET from './hmget';
import HSCAN from './hscan';
import HSET from './hset';
import HVALS from './hvals';
import INCR from './incr';
import INCRBY from './incrby';
import INCRBYFLOAT from './incrbyfloat';
import INFO from './info';
import KEYS from './keys';
import LINDEX from './lindex';
import LLEN from './llen';
import LPOP from './lpop';
import LPOP_COUNT from './lpop-count';
import LPUSH from './lpush';
import LRANGE from './lrange';
import LREM from './lrem';
import LTRIM from './ltrim';
import MEMORY_USAGE from './memory-usage';
import MGET from './mget';
import MSET from './mset';
import PERSIST from './persist';
import PEXPIRE from './pexpire';
import PING from './ping';
import PTTL from './pttl';
import PUBLISH from './publish';
import PUBSUB_CHANNELS from './pubsub-channels';
import PUBSUB_NUMSUB from './pubsub-numsub';
import RENAME from './rename';
import RPOP from './rpop';
import RPOP_COUNT from './rpop-count';
import RPUSH from './rpush';
import SADD from './sadd';
import SCAN from './scan';
import SCARD from './scard';
import SCRIPT_EXISTS from './script-exists';
import SCRIPT_FLUSH from './script-flush';
import SCRIPT_LOAD from './script-load';
import SELECT from './select';
import SET from './set';
import SETEX from './setex';
import SETNX from './setnx';
import SETRANGE from './setrange';
import SINTER from './sinter';
import SISMEMBER from './sismember';
import SMEMBERS from './smembers';
import SPUBLISH from './spublish';
import SREM from './srem';
import SSCAN from './sscan';
import STRLEN from './strlen';
import SUNION from './sunion';
import TIME from './time';
import TOUCH from './touch';
import TTL from './ttl';
import TYPE from './type';
import UNLINK from './unlink';
import UNWATCH from './unwatch';
import WATCH from './watch';
import XACK from './xack';
import XADD from './xadd';
import XDEL from './xdel';
import XGROUP_CREATE from './xgroup-create';
import XLEN from './xlen';
import XRANGE from './xrange';
import XREAD from './xread';
import XREADGROUP from './xreadgroup';
import XTRIM from './xtrim';
import ZADD from './zadd';
import ZCARD from './zcard';
import ZCOUNT from './zcount';
import ZINCRBY from './zincrby';
import ZRANGE from './zrange';
import ZRANGE_WITHSCORES from './zrange-withscores';
import ZRANK from './zrank';
import ZREM from './zrem';
import ZSCAN from './zscan';
import ZSCORE from './zscore';
import { GENERATED_COMMANDS } from './generated';

/** Every built-in command definition, under its upper-case and its camel-case name. */
export const COMMANDS = {
  ...GENERATED_COMMANDS,
  APPEND,
  append: APPEND,
  BLPOP,
  blPop: BLPOP,
  BRPOP,
  brPop: BRPOP,
  CLIENT_GETNAME,
  clientGetName: CLIENT_GETNAME,
  CLIENT_ID,
  clientId: CLIENT_ID,
  CLIENT_SETNAME,
  clientSetName: CLIENT_SETNAME,
  CONFIG_GET,
  configGet: CONFIG_GET,
  CONFIG_SET,
  configSet: CONFIG_SET,
  DBSIZE,
  dbSize: DBSIZE,
  DECR,
  decr: DECR,
  DECRBY,
  decrBy: DECRBY,
  DEL,
  del: DEL,
  ECHO,
  echo: ECHO,
  EVAL,
  eval: EVAL,
  EVAL_RO,
  evalRo: EVAL_RO,
  EVALSHA,
  evalSha: EVALSHA,
  EVALSHA_RO,
  evalShaRo: EVALSHA_RO,
  EXISTS,
  exists: EXISTS,
  EXPIRE,
  expire: EXPIRE,
  FCALL,
  fCall: FCALL,
  FCALL_RO,
  fCallRo: FCALL_RO,
  FLUSHALL,
  flushAll: FLUSHALL,
  FLUSHDB,
  flushDb: FLUSHDB,
  FUNCTION_DELETE,
  functionDelete: FUNCTION_DELETE,
  FUNCTION_FLUSH,
  functionFlush: FUNCTION_FLUSH,
  FUNCTION_LOAD,
  functionLoad: FUNCTION_LOAD,
  GET,
  get: GET,
  GETDEL,
  getDel: GETDEL,
  GETEX,
  getEx: GETEX,
  GETRANGE,
  getRange: GETRANGE,
  HDEL,
  hDel: HDEL,
  HEXISTS,
  hExists: HEXISTS,
  HGET,
  hGet: HGET,
  HGETALL,
  hGetAll: HGETALL,
  HINCRBY,
  hIncrBy: HINCRBY,
  HKEYS,
  hKeys: HKEYS,
  HLEN,
  hLen: HLEN,
  HMGET,
  hmGet: HMGET,
  HSCAN,
  hScan: HSCAN,
  HSET,
  hSet: HSET,
  HVALS,
  hVals: HVALS,
  INCR,
  incr: INCR,
  INCRBY,
  incrBy: INCRBY,
  INCRBYFLOAT,
  incrByFloat: INCRBYFLOAT,
  INFO,
  info: INFO,
  KEYS,
  keys: KEYS,
  LINDEX,
  lIndex: LINDEX,
  LLEN,
  lLen: LLEN,
  LPOP,
  lPop: LPOP,
  LPOP_COUNT,
  lPopCount: LPOP_COUNT,
  LPUSH,
  lPush: LPUSH,
  LRANGE,
  lRange: LRANGE,
  LREM,
  lRem: LREM,
  LTRIM,
  lTrim: LTRIM,
  MEMORY_USAGE,
  memoryUsage: MEMORY_USAGE,
  MGET,
  mGet: MGET,
  MSET,
  mSet: MSET,
  PERSIST,
  persist: PERSIST,
  PEXPIRE,
  pExpire: PEXPIRE,
  PING,
  ping: PING,
  PTTL,
  pTTL: PTTL,
  PUBLISH,
  publish: PUBLISH,
  PUBSUB_CHANNELS,
  pubSubChannels: PUBSUB_CHANNELS,
  PUBSUB_NUMSUB,
  pubSubNumSub: PUBSUB_NUMSUB,
  RENAME,
  rename: RENAME,
  RPOP,
  rPop: RPOP,
  RPOP_COUNT,
  rPopCount: RPOP_COUNT,
  RPUSH,
  rPush: RPUSH,
  SADD,
  sAdd: SADD,
  SCAN,
  scan: SCAN,
  SCARD,
  sCard: SCARD,
  SCRIPT_EXISTS,
  scriptExists: SCRIPT_EXISTS,
  SCRIPT_FLUSH,
  scriptFlush: SCRIPT_FLUSH,
  SCRIPT_LOAD,
  scriptLoad: SCRIPT_LOAD,
  SELECT,
  select: SELECT,
  SET,
  set: SET,
  SETEX,
  setEx: SETEX,
  SETNX,
  setNX: SETNX,
  SETRANGE,
  setRange: SETRANGE,
  SINTER,
  sInter: SINTER,
  SISMEMBER,
  sIsMember: SISMEMBER,
  SMEMBERS,
  sMembers: SMEMBERS,
  SPUBLISH,
  sPublish: SPUBLISH,
  SREM,
  sRem: SREM,
  SSCAN,
  sScan: SSCAN,
  STRLEN,
  strLen: STRLEN,
  SUNION,
  sUnion: SUNION,
  TIME,
  time: TIME,
  TOUCH,
  touch: TOUCH,
  TTL,
  ttl: TTL,
  TYPE,
  type: TYPE,
  UNLINK,
  unlink: UNLINK,
  UNWATCH,
  unwatch: UNWATCH,
  WATCH,
  watch: WATCH,
  XACK,
  xAck: XACK,
  XADD,
  xAdd: XADD,
  XDEL,
  xDel: XDEL,
  XGROUP_CREATE,
  xGroupCreate: XGROUP_CREATE,
  XLEN,
  xLen: XLEN,
  XRANGE,
  xRange: XRANGE,
  XREAD,
  xRead: XREAD,
  XREADGROUP,
  xReadGroup: XREADGROUP,
  XTRIM,
  xTrim: XTRIM,
  ZADD,
  zAdd: ZADD,
  ZCARD,
  zCard: ZCARD,
  ZCOUNT,
  zCount: ZCOUNT,
  ZINCRBY,
  zIncrBy: ZINCRBY,
  ZRANGE,
  zRange: ZRANGE,
  ZRANGE_WITHSCORES,
  zRangeWithScores: ZRANGE_WITHSCORES,
  ZRANK,
  zRank: ZRANK,
  ZREM,
  zRem: ZREM,
  ZSCAN,
  zScan: ZSCAN,
  ZSCORE,
  zScore: ZSCORE,
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
