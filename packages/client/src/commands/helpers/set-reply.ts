import { RESP_TYPES, type TypeMapping } from '@x/modules';

/**
 * A RESP2 array of set members shaped like the decoder shapes a RESP3 set under the command's type
 * mapping: the array itself (default) or a `Set`.
 */
export function arrayToSetReply<R>(reply: Array<unknown>, typeMapping: TypeMapping | undefined): R {
  return (typeMapping?.[RESP_TYPES.SET] === Set ? new Set(reply) : reply) as R;
}
