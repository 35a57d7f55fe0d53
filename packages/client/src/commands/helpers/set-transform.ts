import type { SetReply, TransformReplyByResp, TypeMapping } from '@x/modules';
import { arrayToSetReply } from './set-reply';

/**
 * The `transformReply` of a command answering a set of strings: RESP3 sends a set (decoded per the
 * `SET` mapping); RESP2 an array, shaped the same way here.
 */
export const setOfStringsReply = {
  2: (reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping) =>
    arrayToSetReply<SetReply<string>>(reply, typeMapping),
  3: undefined as unknown as () => SetReply<string>,
} as const satisfies TransformReplyByResp;
