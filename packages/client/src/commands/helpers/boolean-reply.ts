import type { TransformReplyByResp } from '@x/modules';

/**
 * A reply that is a boolean: RESP3 sends one; RESP2 sends 1 or 0, read as `true`/`false` (also when
 * a `NUMBER: String` mapping delivered it as `'1'`).
 */
export const booleanReply = {
  2: (reply: unknown): boolean => Number(reply) === 1,
  3: undefined as unknown as () => boolean,
} as const satisfies TransformReplyByResp;
