/**
 * What happens to the consumer groups' references when entries go (Redis 8.2+): keep them
 * (`KEEPREF`, the default), delete them (`DELREF`), or only delete entries every group acknowledged
 * (`ACKED`).
 */
export type StreamDeletionPolicy = 'KEEPREF' | 'DELREF' | 'ACKED';

/** Per ID of `XDELEX`/`XACKDEL` (Redis 8.2+): -1 no such entry, 1 deleted, 2 not deleted (references remain). */
export type StreamDeletionReplyCode = -1 | 1 | 2;
