import type { RedisCommands } from '@x/modules';

/** CMS.* (Count-min sketch): node-redis's `cms` namespace, both spellings of every command. */
export const cms = {
} as const satisfies RedisCommands;
