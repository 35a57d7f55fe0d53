// The hand-tuned server commands (group `server` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import CONFIG_GET from '../config-get';
import CONFIG_SET from '../config-set';
import DBSIZE from '../dbsize';
import FLUSHALL from '../flushall';
import FLUSHDB from '../flushdb';
import INFO from '../info';
import MEMORY_USAGE from '../memory-usage';
import TIME from '../time';

export const SERVER_COMMANDS = {
  CONFIG_GET,
  CONFIG_SET,
  DBSIZE,
  FLUSHALL,
  FLUSHDB,
  INFO,
  MEMORY_USAGE,
  TIME,
  configGet: CONFIG_GET,
  configSet: CONFIG_SET,
  dbSize: DBSIZE,
  flushAll: FLUSHALL,
  flushDb: FLUSHDB,
  info: INFO,
  memoryUsage: MEMORY_USAGE,
  time: TIME,
} as const;
