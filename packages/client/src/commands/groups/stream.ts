// The hand-tuned stream commands (group `stream` of COMMAND DOCS), under both of node-redis's spellings, with
// node-redis's variants as their own methods (`XADD_NOMKSTREAM`, `XCLAIM_JUSTID`, `XPENDING_RANGE`, …).
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import XACK from '../xack';
import XACKDEL from '../xackdel';
import XADD from '../xadd';
import XADD_NOMKSTREAM from '../xadd-nomkstream';
import XAUTOCLAIM from '../xautoclaim';
import XAUTOCLAIM_JUSTID from '../xautoclaim-justid';
import XCFGSET from '../xcfgset';
import XCLAIM from '../xclaim';
import XCLAIM_JUSTID from '../xclaim-justid';
import XDEL from '../xdel';
import XDELEX from '../xdelex';
import XGROUP_CREATE from '../xgroup-create';
import XGROUP_CREATECONSUMER from '../xgroup-createconsumer';
import XGROUP_DELCONSUMER from '../xgroup-delconsumer';
import XGROUP_DESTROY from '../xgroup-destroy';
import XGROUP_SETID from '../xgroup-setid';
import XINFO_CONSUMERS from '../xinfo-consumers';
import XINFO_GROUPS from '../xinfo-groups';
import XINFO_STREAM from '../xinfo-stream';
import XLEN from '../xlen';
import XNACK from '../xnack';
import XPENDING from '../xpending';
import XPENDING_RANGE from '../xpending-range';
import XRANGE from '../xrange';
import XREAD from '../xread';
import XREADGROUP from '../xreadgroup';
import XREVRANGE from '../xrevrange';
import XSETID from '../xsetid';
import XTRIM from '../xtrim';

export const STREAM_COMMANDS = {
  XACK,
  XACKDEL,
  XADD,
  XADD_NOMKSTREAM,
  XAUTOCLAIM,
  XAUTOCLAIM_JUSTID,
  XCFGSET,
  XCLAIM,
  XCLAIM_JUSTID,
  XDEL,
  XDELEX,
  XGROUP_CREATE,
  XGROUP_CREATECONSUMER,
  XGROUP_DELCONSUMER,
  XGROUP_DESTROY,
  XGROUP_SETID,
  XINFO_CONSUMERS,
  XINFO_GROUPS,
  XINFO_STREAM,
  XLEN,
  XNACK,
  XPENDING,
  XPENDING_RANGE,
  XRANGE,
  XREAD,
  XREADGROUP,
  XREVRANGE,
  XSETID,
  XTRIM,
  xAck: XACK,
  xAckDel: XACKDEL,
  xAdd: XADD,
  xAddNoMkStream: XADD_NOMKSTREAM,
  xAutoClaim: XAUTOCLAIM,
  xAutoClaimJustId: XAUTOCLAIM_JUSTID,
  xCfgSet: XCFGSET,
  xClaim: XCLAIM,
  xClaimJustId: XCLAIM_JUSTID,
  xDel: XDEL,
  xDelEx: XDELEX,
  xGroupCreate: XGROUP_CREATE,
  xGroupCreateConsumer: XGROUP_CREATECONSUMER,
  xGroupDelConsumer: XGROUP_DELCONSUMER,
  xGroupDestroy: XGROUP_DESTROY,
  xGroupSetId: XGROUP_SETID,
  xInfoConsumers: XINFO_CONSUMERS,
  xInfoGroups: XINFO_GROUPS,
  xInfoStream: XINFO_STREAM,
  xLen: XLEN,
  xNack: XNACK,
  xPending: XPENDING,
  xPendingRange: XPENDING_RANGE,
  xRange: XRANGE,
  xRead: XREAD,
  xReadGroup: XREADGROUP,
  xRevRange: XREVRANGE,
  xSetId: XSETID,
  xTrim: XTRIM,
} as const;
