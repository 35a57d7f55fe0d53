// TOPK.* (RedisBloom's Top-K): node-redis's `topK` namespace. Every command takes the sketch's key
// first; the replies pass through as decoded but for QUERY (RESP2's 0/1 as booleans), INFO (RESP2's
// flat array as a map, its decay as a number) and LIST WITHCOUNT (pairs as `{ item, count }`).
// Option and reply types are written inline (see t-digest/index.ts for why).
import type { BlobStringReply, Command, CommandParser, DoubleReply, MapReply, RedisArgument, RedisCommands, RedisVariadicArgument, TypeMapping } from '@x/modules';
import { booleanArrayReply, decimal, doubleReply, flatInfoReply } from './replies';

/** `TOPK.<CMD> key item [item …]`: ADD, COUNT and QUERY. */
function pushItems(parser: CommandParser, command: string, key: RedisArgument, items: RedisVariadicArgument): void {
  parser.push(command);
  parser.pushKey(key);
  parser.pushVariadic(items);
}

/** TOPK.ADD key item [item …]: per item, the item it pushed out of the top-k, or null. */
const ADD = {
  parseCommand(parser: CommandParser, key: RedisArgument, items: RedisVariadicArgument): void {
    pushItems(parser, 'TOPK.ADD', key, items);
  },
  transformReply: undefined as unknown as () => Array<BlobStringReply>,
} as const satisfies Command;

/** TOPK.COUNT key item [item …]: each item's estimated count. */
const COUNT = {
  parseCommand(parser: CommandParser, key: RedisArgument, items: RedisVariadicArgument): void {
    pushItems(parser, 'TOPK.COUNT', key, items);
  },
  transformReply: undefined as unknown as () => Array<number>,
} as const satisfies Command;

/** TOPK.QUERY key item [item …]: whether each item is in the top-k (RESP2's 0/1 as booleans). */
const QUERY = {
  parseCommand(parser: CommandParser, key: RedisArgument, items: RedisVariadicArgument): void {
    pushItems(parser, 'TOPK.QUERY', key, items);
  },
  transformReply: {
    2: (reply: Array<number | string>): Array<boolean> => booleanArrayReply(reply),
    3: undefined as unknown as () => Array<boolean>,
  },
} as const satisfies Command;

/** TOPK.INCRBY key item increment [item increment …]: like ADD, per item. */
const INCRBY = {
  parseCommand(parser: CommandParser, key: RedisArgument, items: { item: string; incrementBy: number } | Array<{ item: string; incrementBy: number }>): void {
    parser.push('TOPK.INCRBY');
    parser.pushKey(key);
    for (const { item, incrementBy } of Array.isArray(items) ? items : [items]) parser.push(item, decimal(incrementBy, 'incrementBy'));
  },
  transformReply: undefined as unknown as () => Array<string | null>,
} as const satisfies Command;

/** TOPK.RESERVE key topk [width depth decay]: the three go together or not at all. */
const RESERVE = {
  parseCommand(parser: CommandParser, key: RedisArgument, topK: number, options?: { width: number; depth: number; decay: number }): void {
    parser.push('TOPK.RESERVE');
    parser.pushKey(key);
    parser.push(decimal(topK, 'topK'));
    if (options) parser.push(decimal(options.width, 'width'), decimal(options.depth, 'depth'), decimal(options.decay, 'decay'));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;

/** TOPK.LIST key: the items in the top-k. */
const LIST = {
  parseCommand(parser: CommandParser, key: RedisArgument): void {
    parser.push('TOPK.LIST');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => Array<BlobStringReply>,
} as const satisfies Command;

/** TOPK.LIST key WITHCOUNT: the items with their counts, `[item, count, …]` made `{ item, count }`. */
const LIST_WITHCOUNT = {
  parseCommand(parser: CommandParser, key: RedisArgument): void {
    parser.push('TOPK.LIST');
    parser.pushKey(key);
    parser.push('WITHCOUNT');
  },
  transformReply(reply: Array<BlobStringReply | number>): Array<{ item: BlobStringReply; count: number }> {
    const pairs: Array<{ item: BlobStringReply; count: number }> = [];
    for (let i = 0; i < reply.length; i += 2) pairs.push({ item: reply[i] as BlobStringReply, count: reply[i + 1] as number });
    return pairs;
  },
} as const satisfies Command;

/**
 * TOPK.INFO's RESP2 reply, `[k, n, width, n, depth, n, decay, "0.9"]`, as RESP3's map: an object with
 * the four fields (or a `Map` or flat array under the `MAP` type mapping), the decay a number. The
 * reply type is written out, not named: @x/bloom's root exports the namespaces only, and a type the
 * root can't name makes the records' types unprintable in declarations. For the same reason it is
 * one `MapReply` (each field `number | DoubleReply`) rather than an object type intersected with one
 * (which declaration emit flattens into MapReply's unexported brand).
 */
function topKInfoResp2(reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping) {
  const fields = reply.slice();
  fields[7] = doubleReply(fields[7] as string | Buffer, typeMapping);
  return flatInfoReply<MapReply<'k' | 'width' | 'depth' | 'decay', number | DoubleReply>>(fields, typeMapping);
}

/** TOPK.INFO key: the sketch's parameters. */
const INFO = {
  parseCommand(parser: CommandParser, key: RedisArgument): void {
    parser.push('TOPK.INFO');
    parser.pushKey(key);
  },
  transformReply: {
    2: (reply: Array<unknown>, preserve?: unknown, typeMapping?: TypeMapping) => topKInfoResp2(reply, preserve, typeMapping),
    3: undefined as unknown as () => ReturnType<typeof topKInfoResp2>,
  },
} as const satisfies Command;

/** TOPK.* (Top-K): node-redis's `topK` namespace, both spellings of every command. */
export const topK = {
  ADD,
  add: ADD,
  COUNT,
  count: COUNT,
  INCRBY,
  incrBy: INCRBY,
  INFO,
  info: INFO,
  LIST_WITHCOUNT,
  listWithCount: LIST_WITHCOUNT,
  LIST,
  list: LIST,
  QUERY,
  query: QUERY,
  RESERVE,
  reserve: RESERVE,
} as const satisfies RedisCommands;
