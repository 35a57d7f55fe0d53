import type { ReplyUnion } from '@x/modules';

/** `exec()` resolves with `Array<ReplyUnion>` (`'generic'`), `exec<'typed'>()` with the reply tuple. */
export type MultiReply = 'generic' | 'typed';

export type MultiReplyType<T extends MultiReply, REPLIES> = T extends 'typed' ? REPLIES : Array<ReplyUnion>;
