// @x/json: RedisJSON's commands as definitions in node-redis v5's format — the `json` namespace
// node-redis's `redis` package bundles, which `@x/cluster`'s createClient/createCluster/createClientPool
// add by default. It imports nothing at run time; @x/modules only gives the definitions their types.
import type { RedisCommands } from '@x/modules';
import { ARRLEN, CLEAR, DEBUG_MEMORY, DEL, FORGET, OBJKEYS, OBJLEN, STRLEN, TYPE } from './path-commands';
import { ARRPOP, GET, MGET } from './read-commands';
import { ARRAPPEND, ARRINDEX, ARRINSERT, ARRTRIM, MERGE, MSET, NUMINCRBY, NUMMULTBY, SET, STRAPPEND, TOGGLE } from './write-commands';

export type { RedisJSON, JsonReviver } from './json-value';
export { transformRedisJsonArgument, transformRedisJsonReply, transformRedisJsonNullReply } from './json-value';
export type {
  JsonPathOptions,
  JsonArrLenOptions,
  JsonClearOptions,
  JsonDebugMemoryOptions,
  JsonDelOptions,
  JsonForgetOptions,
  JsonObjKeysOptions,
  JsonObjLenOptions,
  JsonStrLenOptions,
  JsonTypeOptions,
  JsonCountReply,
  JsonTypeReply,
} from './path-commands';
export type { JsonGetOptions, RedisArrPopOptions } from './read-commands';
export type { JsonSetOptions, JsonSetFpha, JsonMSetItem, JsonArrIndexOptions, JsonStrAppendOptions } from './write-commands';

/**
 * The module: every JSON.* command under both of node-redis's spellings, each pair one definition.
 * (node-redis 6 leaves JSON.RESP out of its record; so does this.)
 */
export const json = {
  ARRAPPEND,
  arrAppend: ARRAPPEND,
  ARRINDEX,
  arrIndex: ARRINDEX,
  ARRINSERT,
  arrInsert: ARRINSERT,
  ARRLEN,
  arrLen: ARRLEN,
  ARRPOP,
  arrPop: ARRPOP,
  ARRTRIM,
  arrTrim: ARRTRIM,
  CLEAR,
  clear: CLEAR,
  DEBUG_MEMORY,
  debugMemory: DEBUG_MEMORY,
  DEL,
  del: DEL,
  FORGET,
  forget: FORGET,
  GET,
  get: GET,
  MERGE,
  merge: MERGE,
  MGET,
  mGet: MGET,
  MSET,
  mSet: MSET,
  NUMINCRBY,
  numIncrBy: NUMINCRBY,
  NUMMULTBY,
  numMultBy: NUMMULTBY,
  OBJKEYS,
  objKeys: OBJKEYS,
  OBJLEN,
  objLen: OBJLEN,
  SET,
  set: SET,
  STRAPPEND,
  strAppend: STRAPPEND,
  STRLEN,
  strLen: STRLEN,
  TOGGLE,
  toggle: TOGGLE,
  TYPE,
  type: TYPE,
} as const satisfies RedisCommands;

export default json;
