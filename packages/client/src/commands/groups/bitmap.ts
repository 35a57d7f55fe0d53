// The hand-tuned bitmap commands, under both of node-redis's spellings. A command listed here wins over a
// generated definition of the same name (see ../index.ts).

import BITCOUNT from '../bitcount';
import BITFIELD from '../bitfield';
import BITFIELD_RO from '../bitfield-ro';
import BITOP from '../bitop';
import BITPOS from '../bitpos';
import BITRANGEINTARRAY from '../bitrangeintarray';
import GETBIT from '../getbit';
import SETBIT from '../setbit';

export const BITMAP_COMMANDS = {
  BITCOUNT,
  BITFIELD,
  BITFIELD_RO,
  BITOP,
  BITPOS,
  BITRANGEINTARRAY,
  GETBIT,
  SETBIT,
  bitCount: BITCOUNT,
  bitField: BITFIELD,
  bitFieldRo: BITFIELD_RO,
  bitOp: BITOP,
  bitPos: BITPOS,
  bitRangeIntArray: BITRANGEINTARRAY,
  getBit: GETBIT,
  setBit: SETBIT,
} as const;
