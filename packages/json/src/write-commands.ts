// The commands that send JSON values or numbers after `key path`: each value is JSON text
// (`transformRedisJsonArgument`), each number its decimal text. Their replies pass through as
// decoded, except NUMINCRBY/NUMMULTBY under RESP2, where RedisJSON answers with JSON text.
import type { Command, CommandParser, DoubleReply, RedisArgument } from '@x/modules';
import type { JsonCountReply } from './path-commands';
import { decimal, transformRedisJsonArgument, type RedisJSON } from './json-value';

/** `words key path`, the start of every command here. */
function pushKeyAndPath(parser: CommandParser, command: string, key: RedisArgument, path: RedisArgument): void {
  parser.push(command);
  parser.pushKey(key);
  parser.push(path);
}

/** Each value as JSON text. */
function pushJson(parser: CommandParser, values: ReadonlyArray<RedisJSON>): void {
  for (const value of values) parser.push(transformRedisJsonArgument(value));
}

/** How JSON.SET stores a half-precision or other float array (RedisJSON 8.2's `FPHA`). */
export type JsonSetFpha = 'BF16' | 'FP16' | 'FP32' | 'FP64';

export interface JsonSetOptions {
  /** `NX` (only if the path is new) or `XX` (only if it exists); wins over the flags below. */
  condition?: 'NX' | 'XX';
  NX?: boolean;
  XX?: boolean;
  fpha?: JsonSetFpha;
}

/** JSON.SET key path value [NX | XX] [FPHA type]: 'OK', or null when the condition was not met. */
export const SET = {
  parseCommand(parser: CommandParser, key: RedisArgument, path: RedisArgument, json: RedisJSON, options?: JsonSetOptions): void {
    pushKeyAndPath(parser, 'JSON.SET', key, path);
    pushJson(parser, [json]);
    // One condition only, the explicit `condition` first, as node-redis picks it.
    const condition = options?.condition || (options?.NX ? 'NX' : options?.XX ? 'XX' : undefined);
    if (condition) parser.push(condition);
    if (options?.fpha !== undefined) parser.push('FPHA', options.fpha);
  },
  transformReply: undefined as unknown as () => 'OK' | null,
} as const satisfies Command;

export interface JsonMSetItem {
  key: RedisArgument;
  path: RedisArgument;
  value: RedisJSON;
}

/** JSON.MSET key path value [key path value …]: every key is a key (a cluster needs them in one slot). */
export const MSET = {
  parseCommand(parser: CommandParser, items: Array<JsonMSetItem>): void {
    parser.push('JSON.MSET');
    for (const item of items) {
      parser.pushKey(item.key);
      parser.push(item.path, transformRedisJsonArgument(item.value));
    }
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;

/** JSON.MERGE key path value (RFC 7396 merge patch). */
export const MERGE = {
  parseCommand(parser: CommandParser, key: RedisArgument, path: RedisArgument, value: RedisJSON): void {
    pushKeyAndPath(parser, 'JSON.MERGE', key, path);
    pushJson(parser, [value]);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;

/** JSON.ARRAPPEND key path value [value …]: the new lengths. */
export const ARRAPPEND = {
  parseCommand(parser: CommandParser, key: RedisArgument, path: RedisArgument, json: RedisJSON, ...jsons: Array<RedisJSON>): void {
    pushKeyAndPath(parser, 'JSON.ARRAPPEND', key, path);
    pushJson(parser, [json, ...jsons]);
  },
  transformReply: undefined as unknown as () => JsonCountReply,
} as const satisfies Command;

/** JSON.ARRINSERT key path index value [value …]: the new lengths. */
export const ARRINSERT = {
  parseCommand(parser: CommandParser, key: RedisArgument, path: RedisArgument, index: number, json: RedisJSON, ...jsons: Array<RedisJSON>): void {
    pushKeyAndPath(parser, 'JSON.ARRINSERT', key, path);
    parser.push(decimal(index, 'index'));
    pushJson(parser, [json, ...jsons]);
  },
  transformReply: undefined as unknown as () => JsonCountReply,
} as const satisfies Command;

export interface JsonArrIndexOptions {
  /** Search only `[start, stop)` (stop: to the end when absent). */
  range?: {
    start: number;
    stop?: number;
  };
}

/** JSON.ARRINDEX key path value [start [stop]]: the first index of the value, -1 when absent. */
export const ARRINDEX = {
  parseCommand(parser: CommandParser, key: RedisArgument, path: RedisArgument, json: RedisJSON, options?: JsonArrIndexOptions): void {
    pushKeyAndPath(parser, 'JSON.ARRINDEX', key, path);
    pushJson(parser, [json]);
    const range = options?.range;
    if (range) {
      parser.push(decimal(range.start, 'range.start'));
      if (range.stop !== undefined) parser.push(decimal(range.stop, 'range.stop'));
    }
  },
  transformReply: undefined as unknown as () => JsonCountReply,
} as const satisfies Command;

/** JSON.ARRTRIM key path start stop: the new lengths. */
export const ARRTRIM = {
  parseCommand(parser: CommandParser, key: RedisArgument, path: RedisArgument, start: number, stop: number): void {
    pushKeyAndPath(parser, 'JSON.ARRTRIM', key, path);
    parser.push(decimal(start, 'start'), decimal(stop, 'stop'));
  },
  transformReply: undefined as unknown as () => JsonCountReply,
} as const satisfies Command;

export interface JsonStrAppendOptions {
  path?: RedisArgument;
}

/** JSON.STRAPPEND key [path] value: the new string lengths. The path comes before the value. */
export const STRAPPEND = {
  parseCommand(parser: CommandParser, key: RedisArgument, append: string, options?: JsonStrAppendOptions): void {
    parser.push('JSON.STRAPPEND');
    parser.pushKey(key);
    if (options?.path !== undefined) parser.push(options.path);
    parser.push(transformRedisJsonArgument(append));
  },
  transformReply: undefined as unknown as () => JsonCountReply,
} as const satisfies Command;

/** JSON.TOGGLE key path: the new booleans as 1/0 (null where a match is not a boolean). */
export const TOGGLE = {
  parseCommand(parser: CommandParser, key: RedisArgument, path: RedisArgument): void {
    pushKeyAndPath(parser, 'JSON.TOGGLE', key, path);
  },
  transformReply: undefined as unknown as () => number | null | Array<number | null>,
} as const satisfies Command;

/**
 * NUMINCRBY and NUMMULTBY: `key path by`. RESP2 answers with JSON text (`"[3,null]"` for a JSONPath,
 * `"3"` for a legacy path), parsed here; RESP3 with the numbers themselves, passed through.
 */
function numberCommand(command: string) {
  return {
    parseCommand(parser: CommandParser, key: RedisArgument, path: RedisArgument, by: number): void {
      pushKeyAndPath(parser, command, key, path);
      parser.push(decimal(by, 'by'));
    },
    transformReply: {
      2: (reply: string | Buffer): number | Array<number | null> => JSON.parse(reply.toString()) as number | Array<number | null>,
      3: undefined as unknown as () => Array<number | DoubleReply | null>,
    },
  } as const satisfies Command;
}

export const NUMINCRBY = numberCommand('JSON.NUMINCRBY');
export const NUMMULTBY = numberCommand('JSON.NUMMULTBY');
