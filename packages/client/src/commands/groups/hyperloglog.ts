// The hand-tuned hyperloglog commands, under both of node-redis's spellings. A command listed here wins over a
// generated definition of the same name (see ../index.ts).

import PFADD from '../pfadd';
import PFCOUNT from '../pfcount';
import PFMERGE from '../pfmerge';

export const HYPERLOGLOG_COMMANDS = {
  PFADD,
  PFCOUNT,
  PFMERGE,
  pfAdd: PFADD,
  pfCount: PFCOUNT,
  pfMerge: PFMERGE,
} as const;
