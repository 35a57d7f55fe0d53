/** What `BLPOP`/`BRPOP` return: the list the element came from, and the element. */
export interface BlockingPopReply {
  key: string;
  element: string;
}

/** `[key, element]` → `{ key, element }`; null (timed out) stays null. Same in RESP2 and RESP3. */
export function transformBlockingPopReply(reply: [string, string] | null): BlockingPopReply | null {
  return reply === null ? null : { key: reply[0], element: reply[1] };
}
