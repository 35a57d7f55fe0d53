import type { RedisCommands } from '@x/modules';

/** TOPK.* (Top-K): node-redis's `topK` namespace, both spellings of every command. */
export const topK = {
} as const satisfies RedisCommands;
