// The hand-tuned generic commands (group `generic` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import COPY from '../copy';
import DEL from '../del';
import DUMP from '../dump';
import EXISTS from '../exists';
import EXPIRE from '../expire';
import EXPIREAT from '../expireat';
import EXPIRETIME from '../expiretime';
import KEYS from '../keys';
import MIGRATE from '../migrate';
import MOVE from '../move';
import OBJECT_ENCODING from '../object-encoding';
import OBJECT_FREQ from '../object-freq';
import OBJECT_IDLETIME from '../object-idletime';
import OBJECT_REFCOUNT from '../object-refcount';
import PERSIST from '../persist';
import PEXPIRE from '../pexpire';
import PEXPIREAT from '../pexpireat';
import PEXPIRETIME from '../pexpiretime';
import PTTL from '../pttl';
import RANDOMKEY from '../randomkey';
import RENAME from '../rename';
import RENAMENX from '../renamenx';
import RESTORE from '../restore';
import SCAN from '../scan';
import SORT from '../sort';
import SORT_RO from '../sort-ro';
import SORT_STORE from '../sort-store';
import TOUCH from '../touch';
import TTL from '../ttl';
import TYPE from '../type';
import UNLINK from '../unlink';
import WAIT from '../wait';

export const GENERIC_COMMANDS = {
  COPY,
  DEL,
  DUMP,
  EXISTS,
  EXPIRE,
  EXPIREAT,
  EXPIRETIME,
  KEYS,
  MIGRATE,
  MOVE,
  OBJECT_ENCODING,
  OBJECT_FREQ,
  OBJECT_IDLETIME,
  OBJECT_REFCOUNT,
  PERSIST,
  PEXPIRE,
  PEXPIREAT,
  PEXPIRETIME,
  PTTL,
  RANDOMKEY,
  RENAME,
  RENAMENX,
  RESTORE,
  SCAN,
  SORT,
  SORT_RO,
  SORT_STORE,
  TOUCH,
  TTL,
  TYPE,
  UNLINK,
  WAIT,
  copy: COPY,
  del: DEL,
  dump: DUMP,
  exists: EXISTS,
  expire: EXPIRE,
  expireAt: EXPIREAT,
  expireTime: EXPIRETIME,
  keys: KEYS,
  migrate: MIGRATE,
  move: MOVE,
  objectEncoding: OBJECT_ENCODING,
  objectFreq: OBJECT_FREQ,
  objectIdleTime: OBJECT_IDLETIME,
  objectRefCount: OBJECT_REFCOUNT,
  persist: PERSIST,
  pExpire: PEXPIRE,
  pExpireAt: PEXPIREAT,
  pExpireTime: PEXPIRETIME,
  pTTL: PTTL,
  randomKey: RANDOMKEY,
  rename: RENAME,
  renameNX: RENAMENX,
  restore: RESTORE,
  scan: SCAN,
  sort: SORT,
  sortRo: SORT_RO,
  sortStore: SORT_STORE,
  touch: TOUCH,
  ttl: TTL,
  type: TYPE,
  unlink: UNLINK,
  wait: WAIT,
} as const;
