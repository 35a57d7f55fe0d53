import type { BlobStringReply, CommandParser, NumberReply, RedisArgument, RedisCommands, RedisVariadicArgument } from '@x/modules';
import {
  booleanArrayReply,
  infoCommand,
  itemCommand,
  itemsCommand,
  loadChunkCommand,
  numberArgument,
  scanDumpCommand,
  type InfoReply,
} from '../bf/common';

// Local types, as in ../bf/index.ts (a type exported from here could not be named by @x/cluster).
/** Options of `CF.RESERVE`. */
type CfReserveOptions = {
  /** Items per bucket (RedisBloom's default: 2). */
  BUCKETSIZE?: number;
  /** How many swaps to try before declaring the filter full (default: 20). */
  MAXITERATIONS?: number;
  /** Each new sub-filter is this many times bigger than the last (default: 1). */
  EXPANSION?: number;
};

/** Options of `CF.INSERT`/`CF.INSERTNX`: how to create the filter when it does not exist yet. */
type CfInsertOptions = {
  CAPACITY?: number;
  /** Do not create the filter: fail when there is none. */
  NOCREATE?: boolean;
};

/** `CF.INFO`'s fields. */
type CfInfoReply = InfoReply<{
  Size: NumberReply;
  'Number of buckets': NumberReply;
  'Number of filters': NumberReply;
  'Number of items inserted': NumberReply;
  'Number of items deleted': NumberReply;
  'Bucket size': NumberReply;
  'Expansion rate': NumberReply;
  'Max iterations': NumberReply;
}>;

const ADD = itemCommand('CF.ADD', false);
const ADDNX = itemCommand('CF.ADDNX', false);
const DEL = itemCommand('CF.DEL', false);
const EXISTS = itemCommand('CF.EXISTS', true);
const MEXISTS = itemsCommand('CF.MEXISTS', true);
const INFO = infoCommand<CfInfoReply>('CF.INFO');
// A Cuckoo filter's dump ends with `[0, null]`.
const SCANDUMP = scanDumpCommand<BlobStringReply | null>('CF.SCANDUMP');
const LOADCHUNK = loadChunkCommand('CF.LOADCHUNK');

/** `CF.COUNT key item`: how many times the item may have been added (0: surely never). */
const COUNT = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, item: RedisArgument) {
    parser.push('CF.COUNT');
    parser.pushKey(key);
    parser.push(item);
  },
  transformReply: undefined as unknown as () => NumberReply,
} as const;

/** `CF.RESERVE key capacity [BUCKETSIZE n] [MAXITERATIONS n] [EXPANSION n]`: creates an empty filter. */
const RESERVE = {
  parseCommand(parser: CommandParser, key: RedisArgument, capacity: number, options?: CfReserveOptions) {
    parser.push('CF.RESERVE');
    parser.pushKey(key);
    parser.push(numberArgument(capacity, 'capacity'));
    // Sent whenever given, 0 included (unlike BF.RESERVE's EXPANSION: node-redis's choice, kept).
    if (options?.BUCKETSIZE !== undefined) parser.push('BUCKETSIZE', numberArgument(options.BUCKETSIZE, 'BUCKETSIZE'));
    if (options?.MAXITERATIONS !== undefined) parser.push('MAXITERATIONS', numberArgument(options.MAXITERATIONS, 'MAXITERATIONS'));
    if (options?.EXPANSION !== undefined) parser.push('EXPANSION', numberArgument(options.EXPANSION, 'EXPANSION'));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const;

/** `CF.INSERT`/`CF.INSERTNX key [CAPACITY n] [NOCREATE] ITEMS item …`: the two differ in name and reply only. */
function insertArguments(name: string, parser: CommandParser, key: RedisArgument, items: RedisVariadicArgument, options?: CfInsertOptions) {
  parser.push(name);
  parser.pushKey(key);
  if (options?.CAPACITY !== undefined) parser.push('CAPACITY', numberArgument(options.CAPACITY, 'CAPACITY'));
  if (options?.NOCREATE) parser.push('NOCREATE');
  parser.push('ITEMS');
  parser.pushVariadic(items);
}

/** `CF.INSERT`: adds every item (duplicates too); a boolean each (true: added). */
const INSERT = {
  parseCommand(parser: CommandParser, key: RedisArgument, items: RedisVariadicArgument, options?: CfInsertOptions) {
    insertArguments('CF.INSERT', parser, key, items, options);
  },
  transformReply: booleanArrayReply,
} as const;

/**
 * `CF.INSERTNX`: adds each item not (maybe) there yet. Its reply stays the server's integers, as with
 * node-redis: 1 added, 0 already there, -1 the filter is full — three answers a boolean can't hold.
 */
const INSERTNX = {
  parseCommand(parser: CommandParser, key: RedisArgument, items: RedisVariadicArgument, options?: CfInsertOptions) {
    insertArguments('CF.INSERTNX', parser, key, items, options);
  },
  transformReply: undefined as unknown as () => Array<NumberReply<-1 | 0 | 1>>,
} as const;

/** CF.* (Cuckoo filter): node-redis's `cf` namespace, both spellings of every command. */
export const cf = {
  /** `CF.ADD key item`: adds the item (again, if already there); true. */
  ADD,
  add: ADD,
  /** `CF.ADDNX key item`: adds the item unless it may be there already; true when added. */
  ADDNX,
  addNX: ADDNX,
  /** `CF.COUNT key item`: how many times the item may have been added. */
  COUNT,
  count: COUNT,
  /** `CF.DEL key item`: removes one copy of the item; true when one was found. */
  DEL,
  del: DEL,
  /** `CF.EXISTS key item`: false when the item is surely not there, true when it may be. */
  EXISTS,
  exists: EXISTS,
  /** `CF.INFO key`: size, buckets, sub-filters, items inserted and deleted, settings. */
  INFO,
  info: INFO,
  /** `CF.INSERT`: adds items, creating the filter if needed; a boolean each. */
  INSERT,
  insert: INSERT,
  /** `CF.INSERTNX`: adds the items not there yet, creating the filter if needed; 1, 0 or -1 each. */
  INSERTNX,
  insertNX: INSERTNX,
  /** `CF.LOADCHUNK key iterator chunk`: restores a piece a `scanDump` returned. */
  LOADCHUNK,
  loadChunk: LOADCHUNK,
  /** `CF.RESERVE key capacity [options]`: creates an empty filter. */
  RESERVE,
  reserve: RESERVE,
  /** `CF.SCANDUMP key iterator`: the next piece of the filter, `{ iterator, chunk }` (`{ 0, null }`: done). */
  SCANDUMP,
  scanDump: SCANDUMP,
  /** `CF.MEXISTS key item …`: `exists` for several items, a boolean each. */
  MEXISTS,
  mExists: MEXISTS,
} as const satisfies RedisCommands;
