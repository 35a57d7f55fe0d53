// The array type's commands (Redis 8+, unknown to the 7.0 servers here: hand-tuned from node-redis's
// definitions, no generated ones), under both of node-redis's spellings.

import ARCOUNT from '../arcount';
import ARDEL from '../ardel';
import ARDELRANGE from '../ardelrange';
import ARGET from '../arget';
import ARGETRANGE from '../argetrange';
import ARGREP from '../argrep';
import ARGREP_WITHVALUES from '../argrep-withvalues';
import ARINFO from '../arinfo';
import ARINSERT from '../arinsert';
import ARLASTITEMS from '../arlastitems';
import ARLEN from '../arlen';
import ARMGET from '../armget';
import ARMSET from '../armset';
import ARNEXT from '../arnext';
import AROP from '../arop';
import ARRING from '../arring';
import ARSCAN from '../arscan';
import ARSEEK from '../arseek';
import ARSET from '../arset';

export const ARRAY_COMMANDS = {
  ARCOUNT: ARCOUNT,
  ARDEL: ARDEL,
  ARDELRANGE: ARDELRANGE,
  ARGET: ARGET,
  ARGETRANGE: ARGETRANGE,
  ARGREP: ARGREP,
  ARGREP_WITHVALUES: ARGREP_WITHVALUES,
  ARINFO: ARINFO,
  ARINSERT: ARINSERT,
  ARLASTITEMS: ARLASTITEMS,
  ARLEN: ARLEN,
  ARMGET: ARMGET,
  ARMSET: ARMSET,
  ARNEXT: ARNEXT,
  AROP: AROP,
  ARRING: ARRING,
  ARSCAN: ARSCAN,
  ARSEEK: ARSEEK,
  ARSET: ARSET,
  arCount: ARCOUNT,
  arDel: ARDEL,
  arDelRange: ARDELRANGE,
  arGet: ARGET,
  arGetRange: ARGETRANGE,
  arGrep: ARGREP,
  arGrepWithValues: ARGREP_WITHVALUES,
  arInfo: ARINFO,
  arInsert: ARINSERT,
  arLastItems: ARLASTITEMS,
  arLen: ARLEN,
  arMGet: ARMGET,
  arMSet: ARMSET,
  arNext: ARNEXT,
  arOp: AROP,
  arRing: ARRING,
  arScan: ARSCAN,
  arSeek: ARSEEK,
  arSet: ARSET,
} as const;
