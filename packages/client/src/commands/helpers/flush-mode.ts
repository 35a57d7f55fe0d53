/** How `FLUSHALL`, `FLUSHDB`, `SCRIPT FLUSH` and `FUNCTION FLUSH` free memory. */
export type FlushMode = 'ASYNC' | 'SYNC';
