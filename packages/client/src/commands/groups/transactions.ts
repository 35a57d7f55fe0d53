// The hand-tuned transactions commands (group `transactions` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import UNWATCH from '../unwatch';
import WATCH from '../watch';

export const TRANSACTIONS_COMMANDS = {
  UNWATCH,
  WATCH,
  unwatch: UNWATCH,
  watch: WATCH,
} as const;
