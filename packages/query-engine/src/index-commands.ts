import type { RedisCommands } from '@x/modules';

/** Indexes and their companions: FT.CREATE, FT.ALTER, FT.INFO, aliases, suggestions, synonyms, dictionaries, … */
export const INDEX_COMMANDS = {
} as const satisfies RedisCommands;
