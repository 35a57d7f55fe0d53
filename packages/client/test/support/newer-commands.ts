// Methods for commands newer than the Redis 7.0 these tests run: node-redis 6.4 ships them, so x
// offers them too (their definitions say "not runnable on the 7.0 servers these tests use"), but the
// server here cannot describe them. Their wire arguments and reply transforms are compared with
// node-redis's in the conformance suite (unit-only cases).

/** The hash group: field expiration (7.4), HGETDEL/HGETEX/HSETEX (8.0), HIMPORT (8.10). */
const HASH = [
  'HEXPIRE', 'HEXPIREAT', 'HEXPIRETIME', 'HGETDEL', 'HGETEX', 'HIMPORT_DISCARD', 'HIMPORT_DISCARDALL', 'HIMPORT_PREPARE',
  'HIMPORT_SET', 'HPERSIST', 'HPEXPIRE', 'HPEXPIREAT', 'HPEXPIRETIME', 'HPTTL', 'HSETEX', 'HTTL',
];

/** The list group: LMOVEM, BLMOVEM (8.x). */
const LIST = ['BLMOVEM', 'LMOVEM'];

/** The set group: member expiration and SADDEX (8.12), SDIFFCARD/SUNIONCARD (8.10). */
const SET = [
  'SADDEX', 'SDIFFCARD', 'SEXPIRE', 'SEXPIREAT', 'SEXPIRETIME', 'SPERSIST', 'SPEXPIRE', 'SPEXPIREAT', 'SPEXPIRETIME',
  'SPTTL', 'STTL', 'SUNIONCARD',
];

/** Upper-case method names of commands the 7.0 server does not know. */
export const NEWER_THAN_SERVER: ReadonlySet<string> = new Set([...HASH, ...LIST, ...SET]);
