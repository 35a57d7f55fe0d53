// The hand-tuned set commands (group `set` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import SADD from '../sadd';
import SCARD from '../scard';
import SINTER from '../sinter';
import SISMEMBER from '../sismember';
import SMEMBERS from '../smembers';
import SREM from '../srem';
import SSCAN from '../sscan';
import SUNION from '../sunion';

export const SET_COMMANDS = {
  SADD,
  SCARD,
  SINTER,
  SISMEMBER,
  SMEMBERS,
  SREM,
  SSCAN,
  SUNION,
  sAdd: SADD,
  sCard: SCARD,
  sInter: SINTER,
  sIsMember: SISMEMBER,
  sMembers: SMEMBERS,
  sRem: SREM,
  sScan: SSCAN,
  sUnion: SUNION,
} as const;
