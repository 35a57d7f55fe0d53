import type { RedisCommands } from '@x/modules';

/** CF.* (Cuckoo filter): node-redis's `cf` namespace, both spellings of every command. */
export const cf = {
} as const satisfies RedisCommands;
