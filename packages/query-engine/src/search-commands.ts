import type { RedisCommands } from '@x/modules';

/** Querying: FT.SEARCH, FT.AGGREGATE, FT.PROFILE, FT.HYBRID, cursors, FT.EXPLAIN, FT.SPELLCHECK, FT.CONFIG GET. */
export const SEARCH_COMMANDS = {
} as const satisfies RedisCommands;
