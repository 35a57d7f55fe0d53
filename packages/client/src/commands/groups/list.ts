// The hand-tuned list commands (group `list` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import BLPOP from '../blpop';
import BRPOP from '../brpop';
import LINDEX from '../lindex';
import LLEN from '../llen';
import LPOP from '../lpop';
import LPOP_COUNT from '../lpop-count';
import LPUSH from '../lpush';
import LRANGE from '../lrange';
import LREM from '../lrem';
import LTRIM from '../ltrim';
import RPOP from '../rpop';
import RPOP_COUNT from '../rpop-count';
import RPUSH from '../rpush';

export const LIST_COMMANDS = {
  BLPOP,
  BRPOP,
  LINDEX,
  LLEN,
  LPOP,
  LPOP_COUNT,
  LPUSH,
  LRANGE,
  LREM,
  LTRIM,
  RPOP,
  RPOP_COUNT,
  RPUSH,
  blPop: BLPOP,
  brPop: BRPOP,
  lIndex: LINDEX,
  lLen: LLEN,
  lPop: LPOP,
  lPopCount: LPOP_COUNT,
  lPush: LPUSH,
  lRange: LRANGE,
  lRem: LREM,
  lTrim: LTRIM,
  rPop: RPOP,
  rPopCount: RPOP_COUNT,
  rPush: RPUSH,
} as const;
