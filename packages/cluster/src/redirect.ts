import type { ReplyError } from '@x/resp';
import { SLOT_COUNT } from './topology/key-slot';

/** A MOVED or ASK reply, parsed once. `host` is empty when the server did not know the endpoint. */
export interface Redirect {
  kind: 'moved' | 'ask';
  slot: number;
  host: string;
  port: number;
}

/**
 * `MOVED 3999 127.0.0.1:6381` / `ASK 3999 127.0.0.1:6381`. The address is `endpoint:port`, with an
 * IPv6 endpoint unbracketed (so split at the last colon) and an empty endpoint when the node does
 * not know it. A malformed reply or a slot out of range is not a redirect.
 */
export function parseRedirect(error: ReplyError): Redirect | undefined {
  const kind = error.code === 'MOVED' ? 'moved' : error.code === 'ASK' ? 'ask' : undefined;
  if (kind === undefined) return undefined;
  const parts = error.message.split(' ');
  if (parts.length !== 3) return undefined;
  const slotText = parts[1]!;
  const slot = Number(slotText);
  if (slotText === '' || !Number.isInteger(slot) || slot < 0 || slot >= SLOT_COUNT) return undefined;
  const address = parts[2]!;
  const colon = address.lastIndexOf(':');
  if (colon === -1) return undefined;
  const portText = address.slice(colon + 1);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port <= 0 || port > 65_535) return undefined;
  return { kind, slot, host: address.slice(0, colon), port };
}
