import type { CommandParser, NumberReply, RedisArgument, RedisCommands, RedisVariadicArgument } from '@x/modules';
import {
  booleanArrayReply,
  infoCommand,
  itemCommand,
  itemsCommand,
  loadChunkCommand,
  numberArgument,
  scanDumpCommand,
  type InfoReply,
} from './common';

// The option and reply types below are local on purpose: the package exports only its entry point,
// so a type exported from this file could not be named by a package whose declarations include the
// records (@x/cluster's DEFAULT_MODULES: TS2742); local ones are written out there in full. (node-redis
// does not export them from its package entry either.)
/** Options of `BF.RESERVE`. */
type BfReserveOptions = {
  /** Each new sub-filter is this many times bigger than the last (RedisBloom's default: 2). */
  EXPANSION?: number;
  /** Never add a sub-filter: adding to a full filter fails. */
  NONSCALING?: boolean;
};

/** Options of `BF.INSERT`: how to create the filter when it does not exist yet. */
type BfInsertOptions = {
  CAPACITY?: number;
  /** The false-positive rate (`ERROR` on the wire). */
  ERROR?: number;
  EXPANSION?: number;
  /** Do not create the filter: fail when there is none. */
  NOCREATE?: boolean;
  NONSCALING?: boolean;
};

/** `BF.INFO`'s fields. `Expansion rate` is null for a filter made with `NONSCALING`. */
type BfInfoReply = InfoReply<{
  Capacity: NumberReply;
  Size: NumberReply;
  'Number of filters': NumberReply;
  'Number of items inserted': NumberReply;
  'Expansion rate': NumberReply | null;
}>;

const ADD = itemCommand('BF.ADD', false);
const EXISTS = itemCommand('BF.EXISTS', true);
const MADD = itemsCommand('BF.MADD', false);
const MEXISTS = itemsCommand('BF.MEXISTS', true);
const INFO = infoCommand<BfInfoReply>('BF.INFO');
const SCANDUMP = scanDumpCommand('BF.SCANDUMP');
const LOADCHUNK = loadChunkCommand('BF.LOADCHUNK');

/** `BF.CARD key`: how many items were added (0 for a missing key). */
const CARD = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('BF.CARD');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => NumberReply,
} as const;

/** `BF.RESERVE key error_rate capacity [EXPANSION n] [NONSCALING]`: creates an empty filter. */
const RESERVE = {
  parseCommand(parser: CommandParser, key: RedisArgument, errorRate: number, capacity: number, options?: BfReserveOptions) {
    parser.push('BF.RESERVE');
    parser.pushKey(key);
    parser.push(numberArgument(errorRate, 'errorRate'), numberArgument(capacity, 'capacity'));
    // A falsy EXPANSION is left out (as node-redis does): 0 is no expansion rate the server takes.
    if (options?.EXPANSION) parser.push('EXPANSION', numberArgument(options.EXPANSION, 'EXPANSION'));
    if (options?.NONSCALING) parser.push('NONSCALING');
  },
  transformReply: undefined as unknown as () => 'OK',
} as const;

/**
 * `BF.INSERT key [CAPACITY n] [ERROR e] [EXPANSION n] [NOCREATE] [NONSCALING] ITEMS item …`: adds the
 * items, creating the filter with those settings when it does not exist; a yes/no per item (newly added).
 */
const INSERT = {
  parseCommand(parser: CommandParser, key: RedisArgument, items: RedisVariadicArgument, options?: BfInsertOptions) {
    parser.push('BF.INSERT');
    parser.pushKey(key);
    // Numbers are sent whenever given (0 included); flags only when true.
    if (options?.CAPACITY !== undefined) parser.push('CAPACITY', numberArgument(options.CAPACITY, 'CAPACITY'));
    if (options?.ERROR !== undefined) parser.push('ERROR', numberArgument(options.ERROR, 'ERROR'));
    if (options?.EXPANSION !== undefined) parser.push('EXPANSION', numberArgument(options.EXPANSION, 'EXPANSION'));
    if (options?.NOCREATE) parser.push('NOCREATE');
    if (options?.NONSCALING) parser.push('NONSCALING');
    parser.push('ITEMS');
    parser.pushVariadic(items);
  },
  transformReply: booleanArrayReply,
} as const;

/** BF.* (Bloom filter): node-redis's `bf` namespace, both spellings of every command. */
export const bf = {
  /** `BF.ADD key item`: true when the item was not in the filter yet (creates the filter if needed). */
  ADD,
  add: ADD,
  /** `BF.CARD key`: the number of items added. */
  CARD,
  card: CARD,
  /** `BF.EXISTS key item`: false when the item was surely never added, true when it may have been. */
  EXISTS,
  exists: EXISTS,
  /** `BF.INFO key`: capacity, size, sub-filters, items inserted, expansion rate. */
  INFO,
  info: INFO,
  /** `BF.INSERT`: adds items, creating the filter with the given options if needed. */
  INSERT,
  insert: INSERT,
  /** `BF.LOADCHUNK key iterator chunk`: restores a piece a `scanDump` returned. */
  LOADCHUNK,
  loadChunk: LOADCHUNK,
  /** `BF.MADD key item …`: `add` for several items, a boolean each. */
  MADD,
  mAdd: MADD,
  /** `BF.MEXISTS key item …`: `exists` for several items, a boolean each. */
  MEXISTS,
  mExists: MEXISTS,
  /** `BF.RESERVE key errorRate capacity [options]`: creates an empty filter. */
  RESERVE,
  reserve: RESERVE,
  /** `BF.SCANDUMP key iterator`: the next piece of the filter, `{ iterator, chunk }` (iterator 0: done). */
  SCANDUMP,
  scanDump: SCANDUMP,
} as const satisfies RedisCommands;
