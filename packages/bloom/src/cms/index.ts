import type { CommandParser, NumberReply, RedisArgument, RedisCommands, RedisVariadicArgument } from '@x/modules';
import { infoCommand, numberArgument, type InfoReply } from '../bf/common';

// Local types, as in ../bf/index.ts (a type exported from here could not be named by @x/cluster).
/** One `item increment` pair of `CMS.INCRBY`. */
type BfIncrByItem = {
  item: RedisArgument;
  incrementBy: number;
};

/** Options of `CMS.INITBYDIM`/`CMS.INITBYPROB`. */
type CmsInitOptions = {
  /** The size, in bytes, of each counter (RedisBloom 8.12+). */
  CELL_SIZE?: 1 | 2 | 4 | 8;
};

/** A source sketch of `CMS.MERGE` with its weight. */
type BfMergeSketch = {
  name: RedisArgument;
  weight: number;
};

/** The sources of `CMS.MERGE`: their names (each weight 1), or every one with its weight. */
type BfMergeSketches = Array<RedisArgument> | Array<BfMergeSketch>;

/** `CMS.INFO`'s fields; `cell size` only from servers that have CELL_SIZE (8.12+). */
type CmsInfoReply = InfoReply<{
  width: NumberReply;
  depth: NumberReply;
  count: NumberReply;
  'cell size'?: NumberReply;
}>;

const INFO = infoCommand<CmsInfoReply>('CMS.INFO');

/** `CMS.INCRBY key item increment [item increment …]`: each item's count after the increment. */
const INCRBY = {
  parseCommand(parser: CommandParser, key: RedisArgument, items: BfIncrByItem | Array<BfIncrByItem>) {
    parser.push('CMS.INCRBY');
    parser.pushKey(key);
    for (const { item, incrementBy } of Array.isArray(items) ? items : [items]) {
      parser.push(item, numberArgument(incrementBy, 'incrementBy'));
    }
  },
  transformReply: undefined as unknown as () => Array<NumberReply>,
} as const;

/**
 * `CMS.INITBYDIM`/`CMS.INITBYPROB key a b [CELL_SIZE n]`: the two differ in name and in what a and b
 * mean; each number comes with its name, for the error when it is missing.
 */
function pushInitArguments(
  parser: CommandParser,
  name: string,
  key: RedisArgument,
  [a, aName]: [number, string],
  [b, bName]: [number, string],
  options: CmsInitOptions | undefined,
) {
  parser.push(name);
  parser.pushKey(key);
  parser.push(numberArgument(a, aName), numberArgument(b, bName));
  // Left out when falsy, as node-redis does (0 is no cell size).
  if (options?.CELL_SIZE) parser.push('CELL_SIZE', numberArgument(options.CELL_SIZE, 'CELL_SIZE'));
}

/** `CMS.INITBYDIM key width depth`: an empty sketch of that many counters per row, and rows. */
const INITBYDIM = {
  parseCommand(parser: CommandParser, key: RedisArgument, width: number, depth: number, options?: CmsInitOptions) {
    pushInitArguments(parser, 'CMS.INITBYDIM', key, [width, 'width'], [depth, 'depth'], options);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const;

/** `CMS.INITBYPROB key error probability`: an empty sketch sized for that error and its probability. */
const INITBYPROB = {
  parseCommand(parser: CommandParser, key: RedisArgument, error: number, probability: number, options?: CmsInitOptions) {
    pushInitArguments(parser, 'CMS.INITBYPROB', key, [error, 'error'], [probability, 'probability'], options);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const;

/**
 * `CMS.MERGE destination numkeys source … [WEIGHTS weight …]`: the destination (which must exist,
 * with the same dimensions) becomes the sum of the sources. Sources given as names are sent without
 * WEIGHTS; given as `{ name, weight }`, WEIGHTS follows. Which form is decided by the first element,
 * as node-redis decides it — so an empty list is sent as `0 WEIGHTS`, which the server refuses.
 */
const MERGE = {
  parseCommand(parser: CommandParser, destination: RedisArgument, source: BfMergeSketches) {
    parser.push('CMS.MERGE');
    parser.pushKey(destination);
    parser.push(numberArgument(source.length, 'source.length'));
    const first: unknown = source[0];
    if (typeof first === 'string' || Buffer.isBuffer(first)) {
      parser.pushKeys(source as Array<RedisArgument>);
      return;
    }
    const sketches = source as Array<BfMergeSketch>;
    // Indexed loops, as far as `length` says: an array-like `source` is read as node-redis reads it.
    for (let i = 0; i < sketches.length; i++) parser.pushKey(sketches[i]!.name);
    parser.push('WEIGHTS');
    for (let i = 0; i < sketches.length; i++) parser.push(numberArgument(sketches[i]!.weight, 'weight'));
  },
  transformReply: undefined as unknown as () => 'OK',
} as const;

/** `CMS.QUERY key item …`: each item's (over-)estimated count. */
const QUERY = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, items: RedisVariadicArgument) {
    parser.push('CMS.QUERY');
    parser.pushKey(key);
    parser.pushVariadic(items);
  },
  transformReply: undefined as unknown as () => Array<NumberReply>,
} as const;

/** CMS.* (Count-min sketch): node-redis's `cms` namespace, both spellings of every command. */
export const cms = {
  /** `CMS.INCRBY key { item, incrementBy } | [...]`: each item's count after the increment. */
  INCRBY,
  incrBy: INCRBY,
  /** `CMS.INFO key`: width, depth, total count (and cell size on 8.12+). */
  INFO,
  info: INFO,
  /** `CMS.INITBYDIM key width depth [options]`: creates a sketch by its dimensions. */
  INITBYDIM,
  initByDim: INITBYDIM,
  /** `CMS.INITBYPROB key error probability [options]`: creates a sketch by its accuracy. */
  INITBYPROB,
  initByProb: INITBYPROB,
  /** `CMS.MERGE destination sources`: sums the sources (optionally weighted) into the destination. */
  MERGE,
  merge: MERGE,
  /** `CMS.QUERY key item …`: each item's estimated count. */
  QUERY,
  query: QUERY,
} as const satisfies RedisCommands;
