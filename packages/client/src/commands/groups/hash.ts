// The hand-tuned hash commands (group `hash` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import HDEL from '../hdel';
import HEXISTS from '../hexists';
import HGET from '../hget';
import HGETALL from '../hgetall';
import HINCRBY from '../hincrby';
import HKEYS from '../hkeys';
import HLEN from '../hlen';
import HMGET from '../hmget';
import HSCAN from '../hscan';
import HSET from '../hset';
import HVALS from '../hvals';

export const HASH_COMMANDS = {
  HDEL,
  HEXISTS,
  HGET,
  HGETALL,
  HINCRBY,
  HKEYS,
  HLEN,
  HMGET,
  HSCAN,
  HSET,
  HVALS,
  hDel: HDEL,
  hExists: HEXISTS,
  hGet: HGET,
  hGetAll: HGETALL,
  hIncrBy: HINCRBY,
  hKeys: HKEYS,
  hLen: HLEN,
  hmGet: HMGET,
  hScan: HSCAN,
  hSet: HSET,
  hVals: HVALS,
} as const;
