// The hand-tuned stream commands (group `stream` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import XACK from '../xack';
import XADD from '../xadd';
import XDEL from '../xdel';
import XGROUP_CREATE from '../xgroup-create';
import XLEN from '../xlen';
import XRANGE from '../xrange';
import XREAD from '../xread';
import XREADGROUP from '../xreadgroup';
import XTRIM from '../xtrim';

export const STREAM_COMMANDS = {
  XACK,
  XADD,
  XDEL,
  XGROUP_CREATE,
  XLEN,
  XRANGE,
  XREAD,
  XREADGROUP,
  XTRIM,
  xAck: XACK,
  xAdd: XADD,
  xDel: XDEL,
  xGroupCreate: XGROUP_CREATE,
  xLen: XLEN,
  xRange: XRANGE,
  xRead: XREAD,
  xReadGroup: XREADGROUP,
  xTrim: XTRIM,
} as const;
