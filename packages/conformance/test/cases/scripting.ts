import { createHash } from 'node:crypto';
import type { Case } from '../support/cases';
import { deepSorted } from '../support/normalize';
import { CROSS_SLOT_DIFFERENCE } from '../support/cross-slot';

const SCRIPT = "return {KEYS[1], ARGV[1], redis.call('GET', KEYS[1] or 'none')}";
const SCRIPT_SHA1 = createHash('sha1').update(SCRIPT).digest('hex');
const ARGS_SCRIPT = 'return ARGV';
const ARGS_SHA1 = createHash('sha1').update(ARGS_SCRIPT).digest('hex');
const MISSING_SHA1 = 'a'.repeat(40);

/** A function library: `echo1` (writes allowed) and `get1` (no-writes, callable with FCALL_RO). */
const LIBRARY = [
  '#!lua name=cmda',
  "redis.register_function('echo1', function(keys, args) return {keys[1], args[1]} end)",
  "redis.register_function{function_name='get1', callback=function(keys, args) return redis.call('GET', keys[1]) end, flags={'no-writes'}}",
].join('\n');
const OTHER_LIBRARY = "#!lua name=other\nredis.register_function{function_name='noop', callback=function() return 1 end, description='does nothing'}";

/** `FUNCTION DUMP` by Redis 7.0 of a library `cmda` with one function `echo1` returning args[1]. */
const FUNCTION_DUMP = Buffer.from(
  'f5c3405440591f23216c7561206e616d653d636d64610a72656469732e72656769737465725f6610756e6374696f6e28276563686f31272c20e00011116b6579732c2061726773292072657475726e600c075b315d20656e64290a00cb21ecd9958e47aa',
  'hex',
);

const loaded: Case['setup'] = [['FUNCTION', 'LOAD', LIBRARY]];
const bothLoaded: Case['setup'] = [['FUNCTION', 'LOAD', LIBRARY], ['FUNCTION', 'LOAD', OTHER_LIBRARY]];
const listAfter: Case['after'] = [['FUNCTION', 'LIST']];
// The functions of a library come in each node's hash-table order: compared sorted.

/** The scripting group (Lua scripts and functions), in every argument form node-redis's typings accept. */
export const scriptingCases: Case[] = [
  // EVAL / EVAL_RO / EVALSHA / EVALSHA_RO: no options, keys and arguments, arguments alone
  ...(['eval', 'evalRo'] as const).flatMap((method): Case[] => [
    { method, args: ['return 1'] },
    { method, args: [SCRIPT, { keys: ['{c}k'], arguments: ['a'] }], setup: [['SET', '{c}k', 'v']] },
    { method, args: [ARGS_SCRIPT, { arguments: ['a', 'b'] }] },
    { method, args: [SCRIPT, { keys: ['{c}k', '{c}k2'] }] },
    { method, name: 'keys in two slots (CROSSSLOT)', args: [SCRIPT, { keys: ['{a}k', '{b}k'] }], targets: ['cluster'], difference: CROSS_SLOT_DIFFERENCE },
  ]),
  { method: 'EVAL', args: ["return redis.call('SET', KEYS[1], ARGV[1])", { keys: ['{c}k'], arguments: ['v'] }] },
  { method: 'EVAL_RO', name: 'a write (refused)', args: ["return redis.call('SET', KEYS[1], ARGV[1])", { keys: ['{c}k'], arguments: ['v'] }] },
  { method: 'eval', name: 'a script error', args: ["return redis.call('NOPE')"] },
  { method: 'eval', name: 'a float, a status, a table', args: ["return {3.99, redis.status_reply('OK'), {1, 'x'}}"] },
  ...(['evalSha', 'evalShaRo'] as const).flatMap((method): Case[] => [
    { method, args: [SCRIPT_SHA1, { keys: ['{c}k'], arguments: ['a'] }], setup: [['SCRIPT', 'LOAD', SCRIPT], ['SET', '{c}k', 'v']] },
    { method, args: [ARGS_SHA1, { arguments: ['x'] }], setup: [['SCRIPT', 'LOAD', ARGS_SCRIPT]] },
    { method, args: [ARGS_SHA1], setup: [['SCRIPT', 'LOAD', ARGS_SCRIPT]] },
    { method, name: 'an unknown script (NOSCRIPT)', args: [MISSING_SHA1, { keys: ['{c}k'] }] },
  ]),
  { method: 'EVALSHA', args: [SCRIPT_SHA1, { keys: ['{c}k'] }], setup: [['SCRIPT', 'LOAD', SCRIPT]] },
  { method: 'EVALSHA_RO', args: [SCRIPT_SHA1, { keys: ['{c}k'] }], setup: [['SCRIPT', 'LOAD', SCRIPT]] },

  // FCALL / FCALL_RO
  { method: 'fCall', args: ['echo1', { keys: ['{c}k'], arguments: ['a'] }], setup: loaded },
  { method: 'FCALL', args: ['echo1', { arguments: ['a'] }], setup: loaded },
  { method: 'fCall', args: ['echo1'], setup: loaded },
  { method: 'fCall', name: 'an unknown function', args: ['nope', { keys: ['{c}k'] }] },
  { method: 'fCallRo', args: ['get1', { keys: ['{c}k'] }], setup: [...loaded, ['SET', '{c}k', 'v']] },
  { method: 'FCALL_RO', name: 'a function that may write (refused)', args: ['echo1', { keys: ['{c}k'], arguments: ['a'] }], setup: loaded },
  { method: 'fCall', name: 'keys in two slots (CROSSSLOT)', args: ['echo1', { keys: ['{a}k', '{b}k'] }], setup: loaded, targets: ['cluster'], difference: CROSS_SLOT_DIFFERENCE },

  // FUNCTION DELETE / DUMP / FLUSH / KILL
  { method: 'functionDelete', args: ['cmda'], setup: loaded, after: listAfter },
  { method: 'FUNCTION_DELETE', args: ['nope'] },
  { method: 'functionDump', args: [], setup: loaded },
  { method: 'FUNCTION_DUMP', args: [] },
  { method: 'functionFlush', args: [], setup: loaded, after: listAfter },
  { method: 'FUNCTION_FLUSH', args: ['SYNC'], setup: loaded, after: listAfter },
  { method: 'functionFlush', args: ['ASYNC'], setup: loaded, after: listAfter },
  { method: 'functionKill', args: [] },
  { method: 'FUNCTION_KILL', args: [] },

  // FUNCTION LIST / LIST WITHCODE
  { method: 'functionList', args: [], setup: bothLoaded, normalize: deepSorted },
  { method: 'FUNCTION_LIST', args: [{ LIBRARYNAME: 'cmd' }], setup: bothLoaded, normalize: deepSorted },
  { method: 'functionList', args: [] },
  { method: 'functionListWithCode', args: [], setup: bothLoaded, normalize: deepSorted },
  { method: 'FUNCTION_LIST_WITHCODE', args: [{ LIBRARYNAME: 'other' }], setup: bothLoaded, normalize: deepSorted },

  // FUNCTION LOAD / RESTORE / STATS
  { method: 'functionLoad', args: [LIBRARY], after: listAfter },
  { method: 'FUNCTION_LOAD', args: [LIBRARY, { REPLACE: true }], setup: loaded, after: listAfter },
  { method: 'functionLoad', name: 'a library that exists', args: [LIBRARY], setup: loaded },
  { method: 'functionRestore', args: [FUNCTION_DUMP], after: listAfter },
  ...(['FLUSH', 'APPEND', 'REPLACE'] as const).map(
    (mode): Case => ({ method: 'functionRestore', args: [FUNCTION_DUMP, { mode }], setup: bothLoaded, after: listAfter }),
  ),
  { method: 'FUNCTION_RESTORE', args: [FUNCTION_DUMP, {}], after: listAfter },
  { method: 'functionStats', args: [], setup: bothLoaded },
  { method: 'FUNCTION_STATS', args: [] },

  {
    method: 'multi',
    name: 'functionList, functionListWithCode, functionStats, fCallRo in a transaction',
    args: [],
    multi: [
      { method: 'fCallRo', args: ['get1', { keys: ['{c}k'] }] },
      { method: 'functionList', args: [] },
      { method: 'functionListWithCode', args: [{ LIBRARYNAME: 'cmda' }] },
      { method: 'functionStats', args: [] },
    ],
    setup: [...bothLoaded, ['SET', '{c}k', 'v']],
    normalize: deepSorted,
  },

  // SCRIPT DEBUG / EXISTS / FLUSH / KILL / LOAD
  { method: 'scriptDebug', args: ['NO'] },
  ...(['YES', 'SYNC'] as const).map(
    (mode): Case => ({
      method: 'SCRIPT_DEBUG',
      args: [mode],
      unitOnly: { reason: 'puts the shared connection into Lua debugging for its next EVAL', replies: { 2: () => 'OK', 3: () => 'OK' } },
    }),
  ),
  { method: 'scriptExists', args: [SCRIPT_SHA1], setup: [['SCRIPT', 'LOAD', SCRIPT]] },
  { method: 'SCRIPT_EXISTS', args: [[SCRIPT_SHA1, MISSING_SHA1]], setup: [['SCRIPT', 'LOAD', SCRIPT]] },
  { method: 'scriptFlush', args: [], setup: [['SCRIPT', 'LOAD', SCRIPT]], after: [['SCRIPT', 'EXISTS', SCRIPT_SHA1]] },
  { method: 'SCRIPT_FLUSH', args: ['ASYNC'], setup: [['SCRIPT', 'LOAD', SCRIPT]], after: [['SCRIPT', 'EXISTS', SCRIPT_SHA1]] },
  { method: 'scriptFlush', args: ['SYNC'] },
  { method: 'scriptKill', args: [] },
  { method: 'SCRIPT_KILL', args: [] },
  { method: 'scriptLoad', args: [SCRIPT], after: [['SCRIPT', 'EXISTS', SCRIPT_SHA1]] },
  { method: 'SCRIPT_LOAD', name: 'a script that does not compile', args: ['return {'] },
];

/** node-redis's scripting commands (upper-case names; each has its camel-case twin). */
export const SCRIPTING_COMMANDS = [
  'EVAL', 'EVAL_RO', 'EVALSHA', 'EVALSHA_RO', 'FCALL', 'FCALL_RO', 'FUNCTION_DELETE', 'FUNCTION_DUMP', 'FUNCTION_FLUSH',
  'FUNCTION_KILL', 'FUNCTION_LIST', 'FUNCTION_LIST_WITHCODE', 'FUNCTION_LOAD', 'FUNCTION_RESTORE', 'FUNCTION_STATS',
  'SCRIPT_DEBUG', 'SCRIPT_EXISTS', 'SCRIPT_FLUSH', 'SCRIPT_KILL', 'SCRIPT_LOAD',
] as const;
