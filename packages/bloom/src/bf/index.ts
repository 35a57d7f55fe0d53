import type { RedisCommands } from '@x/modules';

/** BF.* (Bloom filter): node-redis's `bf` namespace, both spellings of every command. */
export const bf = {
} as const satisfies RedisCommands;
