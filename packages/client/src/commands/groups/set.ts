// The hand-tuned set commands (group `set` of COMMAND DOCS), under both of node-redis's spellings,
// with node-redis's variants (`SPOP_COUNT`, `SRANDMEMBER_COUNT`) and the commands newer than Redis 7.0
// that node-redis 6.4 ships (member expiration, `SADDEX`, `SDIFFCARD`, `SUNIONCARD`).
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import SADD from '../sadd';
import SADDEX from '../saddex';
import SCARD from '../scard';
import SDIFF from '../sdiff';
import SDIFFCARD from '../sdiffcard';
import SDIFFSTORE from '../sdiffstore';
import SEXPIRE from '../sexpire';
import SEXPIREAT from '../sexpireat';
import SEXPIRETIME from '../sexpiretime';
import SINTER from '../sinter';
import SINTERCARD from '../sintercard';
import SINTERSTORE from '../sinterstore';
import SISMEMBER from '../sismember';
import SMEMBERS from '../smembers';
import SMISMEMBER from '../smismember';
import SMOVE from '../smove';
import SPERSIST from '../spersist';
import SPEXPIRE from '../spexpire';
import SPEXPIREAT from '../spexpireat';
import SPEXPIRETIME from '../spexpiretime';
import SPOP from '../spop';
import SPOP_COUNT from '../spop-count';
import SPTTL from '../spttl';
import SRANDMEMBER from '../srandmember';
import SRANDMEMBER_COUNT from '../srandmember-count';
import SREM from '../srem';
import SSCAN from '../sscan';
import STTL from '../sttl';
import SUNION from '../sunion';
import SUNIONCARD from '../sunioncard';
import SUNIONSTORE from '../sunionstore';

export const SET_COMMANDS = {
  SADD,
  SADDEX,
  SCARD,
  SDIFF,
  SDIFFCARD,
  SDIFFSTORE,
  SEXPIRE,
  SEXPIREAT,
  SEXPIRETIME,
  SINTER,
  SINTERCARD,
  SINTERSTORE,
  SISMEMBER,
  SMEMBERS,
  SMISMEMBER,
  SMOVE,
  SPERSIST,
  SPEXPIRE,
  SPEXPIREAT,
  SPEXPIRETIME,
  SPOP,
  SPOP_COUNT,
  SPTTL,
  SRANDMEMBER,
  SRANDMEMBER_COUNT,
  SREM,
  SSCAN,
  STTL,
  SUNION,
  SUNIONCARD,
  SUNIONSTORE,
  sAdd: SADD,
  sAddEx: SADDEX,
  sCard: SCARD,
  sDiff: SDIFF,
  sDiffCard: SDIFFCARD,
  sDiffStore: SDIFFSTORE,
  sExpire: SEXPIRE,
  sExpireAt: SEXPIREAT,
  sExpireTime: SEXPIRETIME,
  sInter: SINTER,
  sInterCard: SINTERCARD,
  sInterStore: SINTERSTORE,
  sIsMember: SISMEMBER,
  sMembers: SMEMBERS,
  smIsMember: SMISMEMBER,
  sMove: SMOVE,
  sPersist: SPERSIST,
  spExpire: SPEXPIRE,
  spExpireAt: SPEXPIREAT,
  spExpireTime: SPEXPIRETIME,
  sPop: SPOP,
  sPopCount: SPOP_COUNT,
  spTTL: SPTTL,
  sRandMember: SRANDMEMBER,
  sRandMemberCount: SRANDMEMBER_COUNT,
  sRem: SREM,
  sScan: SSCAN,
  sTTL: STTL,
  sUnion: SUNION,
  sUnionCard: SUNIONCARD,
  sUnionStore: SUNIONSTORE,
} as const;
