import type { RedisCommands } from '@x/modules';
import { ALIASADD, ALIASDEL, ALIASLIST, ALIASUPDATE } from './aliases';
import { ALTER, CREATE } from './create';
import { DICTADD, DICTDEL, DICTDUMP, SYNDUMP, SYNUPDATE } from './dictionaries';
import { _LIST, CONFIG_SET, CURSOR_DEL, DROPINDEX, EXPLAINCLI, TAGVALS } from './index-admin';
import { INFO } from './info';
import { SUGADD, SUGDEL, SUGGET, SUGGET_WITHPAYLOADS, SUGGET_WITHSCORES, SUGGET_WITHSCORES_WITHPAYLOADS, SUGLEN } from './suggestions';

/**
 * Indexes and their companions: FT.CREATE, FT.ALTER, FT.INFO, aliases, suggestions, synonyms,
 * dictionaries, … — each under node-redis's two names (`CREATE` and `create`), one definition.
 */
export const INDEX_COMMANDS = {
  CREATE,
  create: CREATE,
  ALTER,
  alter: ALTER,
  INFO,
  info: INFO,
  DROPINDEX,
  dropIndex: DROPINDEX,
  _LIST,
  _list: _LIST,
  TAGVALS,
  tagVals: TAGVALS,
  ALIASADD,
  aliasAdd: ALIASADD,
  ALIASDEL,
  aliasDel: ALIASDEL,
  ALIASUPDATE,
  aliasUpdate: ALIASUPDATE,
  ALIASLIST,
  aliasList: ALIASLIST,
  SUGADD,
  sugAdd: SUGADD,
  SUGDEL,
  sugDel: SUGDEL,
  SUGGET,
  sugGet: SUGGET,
  SUGGET_WITHPAYLOADS,
  sugGetWithPayloads: SUGGET_WITHPAYLOADS,
  SUGGET_WITHSCORES,
  sugGetWithScores: SUGGET_WITHSCORES,
  SUGGET_WITHSCORES_WITHPAYLOADS,
  sugGetWithScoresWithPayloads: SUGGET_WITHSCORES_WITHPAYLOADS,
  SUGLEN,
  sugLen: SUGLEN,
  SYNUPDATE,
  synUpdate: SYNUPDATE,
  SYNDUMP,
  synDump: SYNDUMP,
  DICTADD,
  dictAdd: DICTADD,
  DICTDEL,
  dictDel: DICTDEL,
  DICTDUMP,
  dictDump: DICTDUMP,
  EXPLAINCLI,
  explainCli: EXPLAINCLI,
  CONFIG_SET,
  configSet: CONFIG_SET,
  CURSOR_DEL,
  cursorDel: CURSOR_DEL,
} as const satisfies RedisCommands;
