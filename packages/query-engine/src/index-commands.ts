import type { RedisCommands } from '@x/modules';
import { ALTER, CREATE } from './create';
import { INFO } from './info';

/** Indexes and their companions: FT.CREATE, FT.ALTER, FT.INFO, aliases, suggestions, synonyms, dictionaries, … */
export const INDEX_COMMANDS = {
  CREATE,
  create: CREATE,
  ALTER,
  alter: ALTER,
  INFO,
  info: INFO,
} as const satisfies RedisCommands;
