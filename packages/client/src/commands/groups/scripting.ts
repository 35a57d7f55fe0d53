// The hand-tuned scripting commands (group `scripting` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import EVAL from '../eval';
import EVAL_RO from '../eval-ro';
import EVALSHA from '../evalsha';
import EVALSHA_RO from '../evalsha-ro';
import FCALL from '../fcall';
import FCALL_RO from '../fcall-ro';
import FUNCTION_DELETE from '../function-delete';
import FUNCTION_DUMP from '../function-dump';
import FUNCTION_FLUSH from '../function-flush';
import FUNCTION_KILL from '../function-kill';
import FUNCTION_LIST from '../function-list';
import FUNCTION_LIST_WITHCODE from '../function-list-withcode';
import FUNCTION_LOAD from '../function-load';
import FUNCTION_RESTORE from '../function-restore';
import FUNCTION_STATS from '../function-stats';
import SCRIPT_DEBUG from '../script-debug';
import SCRIPT_EXISTS from '../script-exists';
import SCRIPT_FLUSH from '../script-flush';
import SCRIPT_KILL from '../script-kill';
import SCRIPT_LOAD from '../script-load';

export const SCRIPTING_COMMANDS = {
  EVAL,
  EVAL_RO,
  EVALSHA,
  EVALSHA_RO,
  FCALL,
  FCALL_RO,
  FUNCTION_DELETE,
  FUNCTION_DUMP,
  FUNCTION_FLUSH,
  FUNCTION_KILL,
  FUNCTION_LIST,
  FUNCTION_LIST_WITHCODE,
  FUNCTION_LOAD,
  FUNCTION_RESTORE,
  FUNCTION_STATS,
  SCRIPT_DEBUG,
  SCRIPT_EXISTS,
  SCRIPT_FLUSH,
  SCRIPT_KILL,
  SCRIPT_LOAD,
  eval: EVAL,
  evalRo: EVAL_RO,
  evalSha: EVALSHA,
  evalShaRo: EVALSHA_RO,
  fCall: FCALL,
  fCallRo: FCALL_RO,
  functionDelete: FUNCTION_DELETE,
  functionDump: FUNCTION_DUMP,
  functionFlush: FUNCTION_FLUSH,
  functionKill: FUNCTION_KILL,
  functionList: FUNCTION_LIST,
  functionListWithCode: FUNCTION_LIST_WITHCODE,
  functionLoad: FUNCTION_LOAD,
  functionRestore: FUNCTION_RESTORE,
  functionStats: FUNCTION_STATS,
  scriptDebug: SCRIPT_DEBUG,
  scriptExists: SCRIPT_EXISTS,
  scriptFlush: SCRIPT_FLUSH,
  scriptKill: SCRIPT_KILL,
  scriptLoad: SCRIPT_LOAD,
} as const;
