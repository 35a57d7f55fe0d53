import type { Case } from '../support/cases';
import { structure } from '../support/reply-shape';

/** node-redis's connection commands (its `COMMANDS` of Redis's `connection` group), upper-case. */
export const CONNECTION_COMMAND_NAMES = [
  'AUTH', 'CLIENT_CACHING', 'CLIENT_GETNAME', 'CLIENT_GETREDIR', 'CLIENT_ID', 'CLIENT_INFO', 'CLIENT_KILL', 'CLIENT_LIST',
  'CLIENT_NO-EVICT', 'CLIENT_NO-TOUCH', 'CLIENT_PAUSE', 'CLIENT_SETNAME', 'CLIENT_TRACKING', 'CLIENT_TRACKINGINFO',
  'CLIENT_UNBLOCK', 'CLIENT_UNPAUSE', 'ECHO', 'HELLO', 'PING',
] as const;

/**
 * State of the connection itself (tracking, its name): on the standalone server, where every call of
 * the case reaches the same connection (a cluster client picks a node per keyless call).
 */
const sameConnection = { targets: ['client'] } as const;
/** A filter no connection of the shared servers matches (a user nobody logs in as): it kills nothing. */
const nobody = { filter: 'USER', username: 'cmdd-idle' } as const;
const idleUser = { everyNode: { setup: [['ACL', 'SETUSER', 'cmdd-idle']], teardown: [['ACL', 'DELUSER', 'cmdd-idle']] } };

export const connectionCases: Case[] = [
  // ---- AUTH (the default user has no password: any password authenticates as it, or is refused) ----
  { method: 'auth', args: [{ password: 'whatever' }] },
  { method: 'AUTH', args: [{ username: 'default', password: 'whatever' }] },
  { method: 'auth', name: 'an unknown user', args: [{ username: 'cmdd-nosuch', password: 'secret' }] },

  // ---- CLIENT ----
  { method: 'clientGetName', args: [], ...sameConnection },
  { method: 'CLIENT_GETNAME', args: [], ...sameConnection },
  { method: 'clientSetName', args: ['cmdd-name'], ...sameConnection },
  { method: 'CLIENT_SETNAME', args: ['cmdd-name'] },
  { method: 'clientGetName', name: 'after CLIENT SETNAME', args: [], ...sameConnection },
  { method: 'clientGetRedir', args: [] },
  { method: 'CLIENT_GETREDIR', args: [] },
  { method: 'clientId', args: [], normalize: structure },
  { method: 'CLIENT_ID', args: [], normalize: structure },
  { method: 'clientInfo', args: [], normalize: structure },
  { method: 'CLIENT_INFO', args: [], normalize: structure },
  {
    method: 'clientInfo',
    name: 'sample replies (a Redis 6.0 line, a Redis 7.4 line)',
    args: [],
    unitOnly: {
      reason: 'transform on fixed lines: the optional fields of older and newer servers',
      replies: {
        2: () => 'id=3 addr=127.0.0.1:57396 fd=8 name= age=0 idle=0 flags=N db=0 sub=0 psub=0 multi=-1 qbuf=26 qbuf-free=32742 obl=0 oll=0 omem=0 events=r cmd=client user=default\n',
        3: () =>
          'id=5 addr=127.0.0.1:51262 laddr=127.0.0.1:6379 fd=9 name=x age=2 idle=0 flags=N db=3 sub=1 psub=2 ssub=3 multi=-1 watch=1 qbuf=26 qbuf-free=20448 argv-mem=10 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=22298 events=r cmd=client|info user=default redir=-1 resp=3 lib-name=node-redis lib-ver=6.4.0\n',
      },
    },
  },
  { method: 'clientKill', args: [nobody], ...idleUser },
  { method: 'clientKill', name: 'an unknown user: refused', args: [{ filter: 'USER', username: 'cmdd-nosuch' }] },
  { method: 'CLIENT_KILL', args: [[nobody, { filter: 'SKIPME', skipMe: true }]], ...idleUser },
  { method: 'clientKill', name: 'by id', args: [{ filter: 'ID', id: 999999 }] },
  { method: 'clientKill', name: 'by id as a string, type, address, local address', args: [[{ filter: 'ID', id: '999999' }, { filter: 'TYPE', type: 'pubsub' }, { filter: 'ADDR', address: '10.0.0.1:1' }, { filter: 'LADDR', localAddress: '10.0.0.1:2' }]] },
  { method: 'clientKill', name: 'SKIPME no, MAXAGE (Redis 7.4: refused here)', args: [[nobody, { filter: 'SKIPME', skipMe: false }, { filter: 'MAXAGE', maxAge: 100000 }]], ...idleUser },
  { method: 'clientKill', name: "the 'SKIPME' constant (the old ip:port form)", args: ['SKIPME'] },
  {
    method: 'clientKill',
    name: 'SKIPME alone',
    args: [{ filter: 'SKIPME', skipMe: true }],
    unitOnly: { reason: 'kills every other connection of the shared server', replies: { 2: () => 3, 3: () => 3 } },
  },
  { method: 'clientList', args: [], normalize: structure },
  { method: 'CLIENT_LIST', args: [{ TYPE: 'NORMAL' }], normalize: structure },
  { method: 'clientList', name: 'ids no connection has', args: [{ ID: ['999998', '999999'] }] },
  {
    method: 'clientList',
    name: 'sample replies',
    args: [],
    unitOnly: {
      reason: 'transform on fixed lines',
      replies: {
        2: () => 'id=3 addr=127.0.0.1:57396 laddr=127.0.0.1:6379 fd=8 name=a age=1 idle=0 flags=N db=0 sub=0 psub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 obl=0 oll=0 omem=0 tot-mem=0 events=r cmd=ping user=default redir=-1\nid=4 addr=127.0.0.1:57398 fd=9 name= age=0 idle=0 flags=P db=1 sub=2 psub=0 multi=-1 qbuf=0 qbuf-free=0 obl=0 oll=0 omem=0 events=r cmd=subscribe user=u\n',
        3: () => '',
      },
    },
  },
  { method: 'clientNoEvict', args: [true] },
  { method: 'CLIENT_NO-EVICT', args: [false] },
  { method: 'clientNoTouch', args: [true], unitOnly: { reason: 'Redis 7.2+ (CLIENT NO-TOUCH); the servers here are 7.0', replies: { 2: () => 'OK', 3: () => 'OK' } } },
  { method: 'CLIENT_NO-TOUCH', args: [false], unitOnly: { reason: 'Redis 7.2+ (CLIENT NO-TOUCH)' } },
  // A pause of 1 ms ends by itself: nothing else on the shared servers waits on it.
  { method: 'clientPause', args: [1] },
  { method: 'CLIENT_PAUSE', args: [1, 'WRITE'] },
  { method: 'clientUnpause', args: [] },
  { method: 'CLIENT_UNPAUSE', args: [] },
  { method: 'clientUnblock', args: [999999] },
  { method: 'CLIENT_UNBLOCK', args: ['999999', 'ERROR'] },
  { method: 'clientUnblock', name: 'TIMEOUT', args: [999999, 'TIMEOUT'] },
  // Tracking: turned on, read back, used, turned off, on the same connection.
  { method: 'clientTrackingInfo', args: [], ...sameConnection },
  { method: 'clientTracking', args: [true], ...sameConnection },
  { method: 'CLIENT_TRACKINGINFO', args: [], ...sameConnection },
  { method: 'CLIENT_TRACKING', args: [false], ...sameConnection },
  { method: 'clientTracking', name: 'BCAST with prefixes, NOLOOP', args: [true, { BCAST: true, PREFIX: ['{c}a', '{c}b'], NOLOOP: true }], ...sameConnection },
  { method: 'clientTrackingInfo', name: 'in BCAST mode', args: [], ...sameConnection },
  { method: 'clientTracking', name: 'off again', args: [false], ...sameConnection },
  { method: 'clientTracking', name: 'OPTIN', args: [true, { OPTIN: true }], ...sameConnection },
  { method: 'clientCaching', args: [true], ...sameConnection },
  { method: 'CLIENT_CACHING', args: [false], ...sameConnection },
  { method: 'clientTracking', name: 'OPTIN off', args: [false], ...sameConnection },
  { method: 'clientCaching', name: 'not tracking: refused', args: [true] },
  { method: 'clientTracking', name: 'OPTOUT with a prefix (node-redis drops the prefix without BCAST)', args: [true, { OPTOUT: true }], ...sameConnection },
  { method: 'clientTracking', name: 'OPTOUT off', args: [false], ...sameConnection },
  {
    method: 'clientTrackingInfo',
    name: 'sample replies',
    args: [],
    unitOnly: { reason: 'transform on a fixed reply', replies: { 2: () => ['flags', ['on', 'bcast'], 'redirect', 0, 'prefixes', ['a', 'b']], 3: () => ({ flags: ['off'], redirect: -1, prefixes: [] }) } },
  },

  // ---- ECHO, PING, HELLO ----
  { method: 'echo', args: ['hello'] },
  { method: 'ECHO', args: [''] },
  { method: 'ping', args: [] },
  { method: 'PING', args: ['hi'] },
  { method: 'hello', args: [], normalize: structure },
  { method: 'HELLO', name: 'the protocol the client speaks', args: [3], protocols: [3], normalize: structure },
  { method: 'hello', name: 'RESP2 on a RESP2 client', args: [2], protocols: [2], normalize: structure },
  { method: 'hello', name: 'with AUTH and SETNAME', args: [3, { AUTH: { username: 'default', password: 'x' }, SETNAME: 'cmdd' }], protocols: [3], normalize: structure },
  { method: 'hello', name: 'an unknown protocol', args: [4] },
  {
    method: 'hello',
    name: 'sample replies',
    args: [],
    unitOnly: {
      reason: 'transform on the docs\u2019 reply',
      replies: {
        2: () => ['server', 'redis', 'version', '7.0.15', 'proto', 2, 'id', 10, 'mode', 'standalone', 'role', 'master', 'modules', []],
        3: () => ({ server: 'redis', version: '7.0.15', proto: 3, id: 10, mode: 'cluster', role: 'replica', modules: [] }),
      },
    },
  },

  // ---- in a transaction ----
  {
    method: 'multi',
    name: 'CLIENT INFO, CLIENT LIST, CLIENT TRACKINGINFO, HELLO',
    args: [],
    multi: [
      { method: 'clientInfo', args: [] },
      { method: 'clientList', args: [{ ID: ['999999'] }] },
      { method: 'clientTrackingInfo', args: [] },
      { method: 'hello', args: [] },
    ],
    targets: ['client'],
    normalize: structure,
  },
];
