// The hand-tuned string commands (group `string` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import APPEND from '../append';
import DECR from '../decr';
import DECRBY from '../decrby';
import GET from '../get';
import GETDEL from '../getdel';
import GETEX from '../getex';
import GETRANGE from '../getrange';
import INCR from '../incr';
import INCRBY from '../incrby';
import INCRBYFLOAT from '../incrbyfloat';
import MGET from '../mget';
import MSET from '../mset';
import SET from '../set';
import SETEX from '../setex';
import SETNX from '../setnx';
import SETRANGE from '../setrange';
import STRLEN from '../strlen';

export const STRING_COMMANDS = {
  APPEND,
  DECR,
  DECRBY,
  GET,
  GETDEL,
  GETEX,
  GETRANGE,
  INCR,
  INCRBY,
  INCRBYFLOAT,
  MGET,
  MSET,
  SET,
  SETEX,
  SETNX,
  SETRANGE,
  STRLEN,
  append: APPEND,
  decr: DECR,
  decrBy: DECRBY,
  get: GET,
  getDel: GETDEL,
  getEx: GETEX,
  getRange: GETRANGE,
  incr: INCR,
  incrBy: INCRBY,
  incrByFloat: INCRBYFLOAT,
  mGet: MGET,
  mSet: MSET,
  set: SET,
  setEx: SETEX,
  setNX: SETNX,
  setRange: SETRANGE,
  strLen: STRLEN,
} as const;
