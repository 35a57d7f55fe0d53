// The commands shaped `JSON.<CMD> key [path]`: the key, then the path when the options give one.
// Nine of node-redis's commands share this shape and differ only in their words, their reply type
// and one detail: STRLEN and TYPE leave out an empty-string path (they test it for truthiness), the
// others send any path that is not undefined. One factory keeps that difference visible.
import type { BlobStringReply, Command, CommandParser, RedisArgument } from '@x/modules';

/** The options of a `key [path]` command: the JSONPath (or legacy path) to read; default the root. */
export interface JsonPathOptions {
  path?: RedisArgument;
}

export type JsonArrLenOptions = JsonPathOptions;
export type JsonClearOptions = JsonPathOptions;
export type JsonDebugMemoryOptions = JsonPathOptions;
export type JsonDelOptions = JsonPathOptions;
export type JsonForgetOptions = JsonPathOptions;
export type JsonObjKeysOptions = JsonPathOptions;
export type JsonObjLenOptions = JsonPathOptions;
export type JsonStrLenOptions = JsonPathOptions;
export type JsonTypeOptions = JsonPathOptions;

/** A count for a legacy path, or one per match (null where a match has the wrong type) for a JSONPath. */
export type JsonCountReply = number | Array<number | null>;

/** When the path goes on the wire: whenever given, or only when non-empty. */
type PathRule = 'given' | 'nonEmpty';

function pushPath(parser: CommandParser, rule: PathRule, options: JsonPathOptions | undefined): void {
  const path = options?.path;
  if (rule === 'given' ? path !== undefined : Boolean(path)) parser.push(path!);
}

/** The parseCommand of `words key [path]`. */
function keyAndPath(words: ReadonlyArray<string>, rule: PathRule) {
  return (parser: CommandParser, key: RedisArgument, options?: JsonPathOptions): void => {
    parser.push(...words);
    parser.pushKey(key);
    pushPath(parser, rule, options);
  };
}

/** A `key [path]` command whose reply is passed through as decoded, typed `REPLY`. */
function pathCommand<REPLY>(words: ReadonlyArray<string>, rule: PathRule = 'given') {
  return {
    parseCommand: keyAndPath(words, rule),
    transformReply: undefined as unknown as () => REPLY,
  } as const satisfies Command;
}

export const ARRLEN = pathCommand<JsonCountReply>(['JSON.ARRLEN']);
export const CLEAR = pathCommand<number>(['JSON.CLEAR']);
export const DEBUG_MEMORY = pathCommand<number>(['JSON.DEBUG', 'MEMORY']);
export const DEL = pathCommand<number>(['JSON.DEL']);
export const FORGET = pathCommand<number>(['JSON.FORGET']);
export const OBJKEYS = pathCommand<Array<BlobStringReply> | Array<Array<BlobStringReply> | null>>(['JSON.OBJKEYS']);
export const OBJLEN = pathCommand<JsonCountReply>(['JSON.OBJLEN']);
export const STRLEN = pathCommand<JsonCountReply>(['JSON.STRLEN'], 'nonEmpty');

/** A type name for a legacy path, or one per match for a JSONPath. */
export type JsonTypeReply = BlobStringReply | null | Array<BlobStringReply | null>;

/**
 * JSON.TYPE: RESP3 wraps the reply in one more array (`[["object"]]` for `$`, `["object"]` for a
 * legacy path); node-redis unwraps it so both protocols resolve alike.
 */
export const TYPE = {
  parseCommand: keyAndPath(['JSON.TYPE'], 'nonEmpty'),
  transformReply: {
    2: undefined as unknown as () => JsonTypeReply,
    3: (reply: Array<JsonTypeReply>): JsonTypeReply => reply[0]!,
  },
} as const satisfies Command;
