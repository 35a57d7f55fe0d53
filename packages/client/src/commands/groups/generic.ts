// The hand-tuned generic commands (group `generic` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import DEL from '../del';
import EXISTS from '../exists';
import EXPIRE from '../expire';
import KEYS from '../keys';
import PERSIST from '../persist';
import PEXPIRE from '../pexpire';
import PTTL from '../pttl';
import RENAME from '../rename';
import SCAN from '../scan';
import TOUCH from '../touch';
import TTL from '../ttl';
import TYPE from '../type';
import UNLINK from '../unlink';

export const GENERIC_COMMANDS = {
  DEL,
  EXISTS,
  EXPIRE,
  KEYS,
  PERSIST,
  PEXPIRE,
  PTTL,
  RENAME,
  SCAN,
  TOUCH,
  TTL,
  TYPE,
  UNLINK,
  del: DEL,
  exists: EXISTS,
  expire: EXPIRE,
  keys: KEYS,
  persist: PERSIST,
  pExpire: PEXPIRE,
  pTTL: PTTL,
  rename: RENAME,
  scan: SCAN,
  touch: TOUCH,
  ttl: TTL,
  type: TYPE,
  unlink: UNLINK,
} as const;
