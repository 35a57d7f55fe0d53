// The hand-tuned list commands (group `list` of COMMAND DOCS), under both of node-redis's spellings,
// with node-redis's variants (`LPOP_COUNT`, `LPOS_COUNT`, …) and `LMOVEM`/`BLMOVEM` (newer than
// Redis 7.0; node-redis 6.4 ships them).
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import BLMOVE from '../blmove';
import BLMOVEM from '../blmovem';
import BLMPOP from '../blmpop';
import BLPOP from '../blpop';
import BRPOP from '../brpop';
import BRPOPLPUSH from '../brpoplpush';
import LINDEX from '../lindex';
import LINSERT from '../linsert';
import LLEN from '../llen';
import LMOVE from '../lmove';
import LMOVEM from '../lmovem';
import LMPOP from '../lmpop';
import LPOP from '../lpop';
import LPOP_COUNT from '../lpop-count';
import LPOS from '../lpos';
import LPOS_COUNT from '../lpos-count';
import LPUSH from '../lpush';
import LPUSHX from '../lpushx';
import LRANGE from '../lrange';
import LREM from '../lrem';
import LSET from '../lset';
import LTRIM from '../ltrim';
import RPOP from '../rpop';
import RPOP_COUNT from '../rpop-count';
import RPOPLPUSH from '../rpoplpush';
import RPUSH from '../rpush';
import RPUSHX from '../rpushx';

export const LIST_COMMANDS = {
  BLMOVE,
  BLMOVEM,
  BLMPOP,
  BLPOP,
  BRPOP,
  BRPOPLPUSH,
  LINDEX,
  LINSERT,
  LLEN,
  LMOVE,
  LMOVEM,
  LMPOP,
  LPOP,
  LPOP_COUNT,
  LPOS,
  LPOS_COUNT,
  LPUSH,
  LPUSHX,
  LRANGE,
  LREM,
  LSET,
  LTRIM,
  RPOP,
  RPOP_COUNT,
  RPOPLPUSH,
  RPUSH,
  RPUSHX,
  blMove: BLMOVE,
  blMoveM: BLMOVEM,
  blmPop: BLMPOP,
  blPop: BLPOP,
  brPop: BRPOP,
  brPopLPush: BRPOPLPUSH,
  lIndex: LINDEX,
  lInsert: LINSERT,
  lLen: LLEN,
  lMove: LMOVE,
  lMoveM: LMOVEM,
  lmPop: LMPOP,
  lPop: LPOP,
  lPopCount: LPOP_COUNT,
  lPos: LPOS,
  lPosCount: LPOS_COUNT,
  lPush: LPUSH,
  lPushX: LPUSHX,
  lRange: LRANGE,
  lRem: LREM,
  lSet: LSET,
  lTrim: LTRIM,
  rPop: RPOP,
  rPopCount: RPOP_COUNT,
  rPopLPush: RPOPLPUSH,
  rPush: RPUSH,
  rPushX: RPUSHX,
} as const;
