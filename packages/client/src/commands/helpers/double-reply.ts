import { RESP_TYPES, type TypeMapping } from '@x/modules';
import { parseDouble } from './double';

/**
 * A double inside a RESP2 reply (a bulk string such as `"0.5"`, `"inf"`): a number, as RESP3 would
 * send it — unless the type mapping keeps doubles as strings (`{ [RESP_TYPES.DOUBLE]: String }`), in
 * which case it stays as it arrived (node-redis's rule for doubles that RESP2 sends as text).
 */
export function doubleReply(reply: unknown, typeMapping: TypeMapping | undefined): number | string | Buffer {
  // Read through a record: the decoder's TypeMapping type lists only the mappings it implements so far.
  if ((typeMapping as Record<number, unknown> | undefined)?.[RESP_TYPES.DOUBLE] === String) return reply as string | Buffer;
  return parseDouble(reply);
}
