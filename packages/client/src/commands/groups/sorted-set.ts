// The hand-tuned sorted-set commands (group `sorted-set` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import ZADD from '../zadd';
import ZCARD from '../zcard';
import ZCOUNT from '../zcount';
import ZINCRBY from '../zincrby';
import ZRANGE from '../zrange';
import ZRANGE_WITHSCORES from '../zrange-withscores';
import ZRANK from '../zrank';
import ZREM from '../zrem';
import ZSCAN from '../zscan';
import ZSCORE from '../zscore';

export const SORTED_SET_COMMANDS = {
  ZADD,
  ZCARD,
  ZCOUNT,
  ZINCRBY,
  ZRANGE,
  ZRANGE_WITHSCORES,
  ZRANK,
  ZREM,
  ZSCAN,
  ZSCORE,
  zAdd: ZADD,
  zCard: ZCARD,
  zCount: ZCOUNT,
  zIncrBy: ZINCRBY,
  zRange: ZRANGE,
  zRangeWithScores: ZRANGE_WITHSCORES,
  zRank: ZRANK,
  zRem: ZREM,
  zScan: ZSCAN,
  zScore: ZSCORE,
} as const;
