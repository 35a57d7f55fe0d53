// The vector-set commands (Redis 8.0+, unknown to the 7.0 servers here: hand-tuned from node-redis's
// definitions, no generated ones), under both of node-redis's spellings.

import VADD from '../vadd';
import VCARD from '../vcard';
import VDIM from '../vdim';
import VEMB from '../vemb';
import VEMB_RAW from '../vemb-raw';
import VGETATTR from '../vgetattr';
import VINFO from '../vinfo';
import VLINKS from '../vlinks';
import VLINKS_WITHSCORES from '../vlinks-withscores';
import VRANDMEMBER from '../vrandmember';
import VRANGE from '../vrange';
import VREM from '../vrem';
import VSETATTR from '../vsetattr';
import VSIM from '../vsim';
import VSIM_WITHSCORES from '../vsim-withscores';

export const VECTOR_SET_COMMANDS = {
  VADD: VADD,
  VCARD: VCARD,
  VDIM: VDIM,
  VEMB: VEMB,
  VEMB_RAW: VEMB_RAW,
  VGETATTR: VGETATTR,
  VINFO: VINFO,
  VLINKS: VLINKS,
  VLINKS_WITHSCORES: VLINKS_WITHSCORES,
  VRANDMEMBER: VRANDMEMBER,
  VRANGE: VRANGE,
  VREM: VREM,
  VSETATTR: VSETATTR,
  VSIM: VSIM,
  VSIM_WITHSCORES: VSIM_WITHSCORES,
  vAdd: VADD,
  vCard: VCARD,
  vDim: VDIM,
  vEmb: VEMB,
  vEmbRaw: VEMB_RAW,
  vGetAttr: VGETATTR,
  vInfo: VINFO,
  vLinks: VLINKS,
  vLinksWithScores: VLINKS_WITHSCORES,
  vRandMember: VRANDMEMBER,
  vRange: VRANGE,
  vRem: VREM,
  vSetAttr: VSETATTR,
  vSim: VSIM,
  vSimWithScores: VSIM_WITHSCORES,
} as const;
