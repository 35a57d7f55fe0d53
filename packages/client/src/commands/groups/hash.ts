// The hand-tuned hash commands (group `hash` of COMMAND DOCS), under both of node-redis's spellings,
// with node-redis's variants (`HRANDFIELD_COUNT`, `HSCAN_NOVALUES`, …) and the commands newer than
// Redis 7.0 that node-redis 6.4 ships (hash field expiration, `HGETEX`/`HSETEX`/`HGETDEL`, `HIMPORT`).
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import HDEL from '../hdel';
import HEXISTS from '../hexists';
import HEXPIRE from '../hexpire';
import HEXPIREAT from '../hexpireat';
import HEXPIRETIME from '../hexpiretime';
import HGET from '../hget';
import HGETALL from '../hgetall';
import HGETDEL from '../hgetdel';
import HGETEX from '../hgetex';
import HIMPORT_DISCARD from '../himport-discard';
import HIMPORT_DISCARDALL from '../himport-discardall';
import HIMPORT_PREPARE from '../himport-prepare';
import HIMPORT_SET from '../himport-set';
import HINCRBY from '../hincrby';
import HINCRBYFLOAT from '../hincrbyfloat';
import HKEYS from '../hkeys';
import HLEN from '../hlen';
import HMGET from '../hmget';
import HPERSIST from '../hpersist';
import HPEXPIRE from '../hpexpire';
import HPEXPIREAT from '../hpexpireat';
import HPEXPIRETIME from '../hpexpiretime';
import HPTTL from '../hpttl';
import HRANDFIELD from '../hrandfield';
import HRANDFIELD_COUNT from '../hrandfield-count';
import HRANDFIELD_COUNT_WITHVALUES from '../hrandfield-count-withvalues';
import HSCAN from '../hscan';
import HSCAN_NOVALUES from '../hscan-novalues';
import HSET from '../hset';
import HSETEX from '../hsetex';
import HSETNX from '../hsetnx';
import HSTRLEN from '../hstrlen';
import HTTL from '../httl';
import HVALS from '../hvals';

export const HASH_COMMANDS = {
  HDEL,
  HEXISTS,
  HEXPIRE,
  HEXPIREAT,
  HEXPIRETIME,
  HGET,
  HGETALL,
  HGETDEL,
  HGETEX,
  HIMPORT_DISCARD,
  HIMPORT_DISCARDALL,
  HIMPORT_PREPARE,
  HIMPORT_SET,
  HINCRBY,
  HINCRBYFLOAT,
  HKEYS,
  HLEN,
  HMGET,
  HPERSIST,
  HPEXPIRE,
  HPEXPIREAT,
  HPEXPIRETIME,
  HPTTL,
  HRANDFIELD,
  HRANDFIELD_COUNT,
  HRANDFIELD_COUNT_WITHVALUES,
  HSCAN,
  HSCAN_NOVALUES,
  HSET,
  HSETEX,
  HSETNX,
  HSTRLEN,
  HTTL,
  HVALS,
  hDel: HDEL,
  hExists: HEXISTS,
  hExpire: HEXPIRE,
  hExpireAt: HEXPIREAT,
  hExpireTime: HEXPIRETIME,
  hGet: HGET,
  hGetAll: HGETALL,
  hGetDel: HGETDEL,
  hGetEx: HGETEX,
  hImportDiscard: HIMPORT_DISCARD,
  hImportDiscardAll: HIMPORT_DISCARDALL,
  hImportPrepare: HIMPORT_PREPARE,
  hImportSet: HIMPORT_SET,
  hIncrBy: HINCRBY,
  hIncrByFloat: HINCRBYFLOAT,
  hKeys: HKEYS,
  hLen: HLEN,
  hmGet: HMGET,
  hPersist: HPERSIST,
  hpExpire: HPEXPIRE,
  hpExpireAt: HPEXPIREAT,
  hpExpireTime: HPEXPIRETIME,
  hpTTL: HPTTL,
  hRandField: HRANDFIELD,
  hRandFieldCount: HRANDFIELD_COUNT,
  hRandFieldCountWithValues: HRANDFIELD_COUNT_WITHVALUES,
  hScan: HSCAN,
  hScanNoValues: HSCAN_NOVALUES,
  hSet: HSET,
  hSetEx: HSETEX,
  hSetNX: HSETNX,
  hStrLen: HSTRLEN,
  hTTL: HTTL,
  hVals: HVALS,
} as const;
