// The hand-tuned scripting commands (group `scripting` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import EVAL from '../eval';
import EVAL_RO from '../eval-ro';
import EVALSHA from '../evalsha';
import EVALSHA_RO from '../evalsha-ro';
import FCALL from '../fcall';
import FCALL_RO from '../fcall-ro';
import FUNCTION_DELETE from '../function-delete';
import FUNCTION_FLUSH from '../function-flush';
import FUNCTION_LOAD from '../function-load';
import SCRIPT_EXISTS from '../script-exists';
import SCRIPT_FLUSH from '../script-flush';
import SCRIPT_LOAD from '../script-load';

export const SCRIPTING_COMMANDS = {
  EVAL,
  EVAL_RO,
  EVALSHA,
  EVALSHA_RO,
  FCALL,
  FCALL_RO,
  FUNCTION_DELETE,
  FUNCTION_FLUSH,
  FUNCTION_LOAD,
  SCRIPT_EXISTS,
  SCRIPT_FLUSH,
  SCRIPT_LOAD,
  eval: EVAL,
  evalRo: EVAL_RO,
  evalSha: EVALSHA,
  evalShaRo: EVALSHA_RO,
  fCall: FCALL,
  fCallRo: FCALL_RO,
  functionDelete: FUNCTION_DELETE,
  functionFlush: FUNCTION_FLUSH,
  functionLoad: FUNCTION_LOAD,
  scriptExists: SCRIPT_EXISTS,
  scriptFlush: SCRIPT_FLUSH,
  scriptLoad: SCRIPT_LOAD,
} as const;
