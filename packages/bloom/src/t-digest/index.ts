import type { RedisCommands } from '@x/modules';

/** TDIGEST.* (t-digest): node-redis's `tDigest` namespace, both spellings of every command. */
export const tDigest = {
} as const satisfies RedisCommands;
