// The hand-tuned string commands (group `string` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import APPEND from '../append';
import DECR from '../decr';
import DECRBY from '../decrby';
import DELEX from '../delex';
import DIGEST from '../digest';
import GET from '../get';
import GETDEL from '../getdel';
import GETEX from '../getex';
import GETRANGE from '../getrange';
import GETSET from '../getset';
import INCR from '../incr';
import INCRBY from '../incrby';
import INCRBYFLOAT from '../incrbyfloat';
import INCREX from '../increx';
import INCREXBYFLOAT from '../increxbyfloat';
import LCS from '../lcs';
import LCS_IDX from '../lcs-idx';
import LCS_IDX_WITHMATCHLEN from '../lcs-idx-withmatchlen';
import LCS_LEN from '../lcs-len';
import MGET from '../mget';
import MSET from '../mset';
import MSETEX from '../msetex';
import MSETNX from '../msetnx';
import PSETEX from '../psetex';
import SET from '../set';
import SETEX from '../setex';
import SETNX from '../setnx';
import SETRANGE from '../setrange';
import STRLEN from '../strlen';

export const STRING_COMMANDS = {
  APPEND,
  DECR,
  DECRBY,
  DELEX,
  DIGEST,
  GET,
  GETDEL,
  GETEX,
  GETRANGE,
  GETSET,
  INCR,
  INCRBY,
  INCRBYFLOAT,
  INCREX,
  INCREXBYFLOAT,
  LCS,
  LCS_IDX,
  LCS_IDX_WITHMATCHLEN,
  LCS_LEN,
  MGET,
  MSET,
  MSETEX,
  MSETNX,
  PSETEX,
  SET,
  SETEX,
  SETNX,
  SETRANGE,
  STRLEN,
  append: APPEND,
  decr: DECR,
  decrBy: DECRBY,
  delEx: DELEX,
  digest: DIGEST,
  get: GET,
  getDel: GETDEL,
  getEx: GETEX,
  getRange: GETRANGE,
  getSet: GETSET,
  incr: INCR,
  incrBy: INCRBY,
  incrByFloat: INCRBYFLOAT,
  increx: INCREX,
  incrExByFloat: INCREXBYFLOAT,
  lcs: LCS,
  lcsIdx: LCS_IDX,
  lcsIdxWithMatchLen: LCS_IDX_WITHMATCHLEN,
  lcsLen: LCS_LEN,
  mGet: MGET,
  mSet: MSET,
  mSetEx: MSETEX,
  mSetNX: MSETNX,
  pSetEx: PSETEX,
  set: SET,
  setEx: SETEX,
  setNX: SETNX,
  setRange: SETRANGE,
  strLen: STRLEN,
} as const;
