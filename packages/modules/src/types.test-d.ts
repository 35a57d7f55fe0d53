// Type tests: checked by `tsc` (`pnpm lint`), never run. Each `@ts-expect-error` line must fail to
// compile, so a wrong argument or reply type that starts compiling breaks the lint.
import type { Command, RedisArgument } from './command';
import type { CommandParser } from './command-parser';
import type { VerbatimString } from '@x/resp';
import type {
  BlobStringReply,
  CommandReply,
  DoubleReply,
  MapReply,
  ReplyUnion,
  ReplyWithTypeMapping,
  SetReply,
  SimpleStringReply,
  VerbatimStringReply,
} from './reply';
import type { RESP_TYPES, TypeMapping } from './resp-types';
import { RESP_TYPES as RESP_TYPES_VALUE } from './resp-types';
import { defineScript } from './script';
import type { WithCommands, WithFunctions, WithModules, WithScripts } from './with-commands';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}
// `exact<T>()(value)`: compiles only when the value's type is exactly T.
function exact<EXPECTED>() {
  return <ACTUAL>(_value: ACTUAL, ..._check: Equal<ACTUAL, EXPECTED> extends true ? [] : ['types differ']): void => {};
}

const GET = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('GET');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;

interface SetOptions {
  EX?: number;
  GET?: boolean;
}

const SET = {
  parseCommand(parser: CommandParser, key: RedisArgument, value: RedisArgument | number, options?: SetOptions) {
    parser.push('SET');
    parser.pushKey(key);
    parser.push(String(value));
    if (options?.EX !== undefined) parser.push('EX', String(options.EX));
  },
  transformReply: undefined as unknown as () => 'OK' | BlobStringReply | null,
} as const satisfies Command;

const ZSCORE = {
  parseCommand(parser: CommandParser, key: RedisArgument, member: RedisArgument) {
    parser.push('ZSCORE');
    parser.pushKey(key);
    parser.push(member);
  },
  transformReply: {
    2: (reply: string | null) => (reply === null ? null : Number(reply)),
    3: undefined as unknown as () => number | null,
  },
} as const satisfies Command;

const HGETALL = {
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('HGETALL');
    parser.pushKey(key);
  },
  transformReply: {
    2: (reply: Array<string>) => Object.fromEntries([reply]) as MapReply<string, string>,
    3: undefined as unknown as () => MapReply<string, string>,
  },
} as const satisfies Command;

const SMEMBERS = {
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('SMEMBERS');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => SetReply<string>,
} as const satisfies Command;

const XRANGE = {
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('XRANGE');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => Array<{ id: string; message: Record<string, string> }>,
} as const satisfies Command;

const TIME = {
  parseCommand(parser: CommandParser) {
    parser.push('TIME');
  },
  transformReply: undefined as unknown as () => [unixTimestamp: string, microseconds: string],
} as const satisfies Command;

const EVAL = {
  parseCommand(parser: CommandParser, script: string) {
    parser.push('EVAL', script, '0');
  },
  transformReply: undefined,
} as const satisfies Command;

export const COMMANDS = { GET, get: GET, SET, set: SET, ZSCORE, zScore: ZSCORE, HGETALL, SMEMBERS, XRANGE, TIME, EVAL };

type NoMapping = Record<never, never>;
type Buffers = { [RESP_TYPES.BLOB_STRING]: BufferConstructor };

declare const resp3: WithCommands<typeof COMMANDS, 3, NoMapping>;
export declare const resp2: WithCommands<typeof COMMANDS, 2, NoMapping>;
declare const buffers: WithCommands<typeof COMMANDS, 3, Buffers>;

export async function argumentsAndReplies(): Promise<void> {
  // Arguments flow from parseCommand (minus the parser) to the method.
  assertType<Equal<Parameters<typeof resp3.get>, [key: RedisArgument]>>();
  assertType<Equal<Parameters<typeof resp3.set>, [key: RedisArgument, value: RedisArgument | number, options?: SetOptions]>>();
  // @ts-expect-error -- a key must be a string or Buffer
  void resp3.get(42);
  // @ts-expect-error -- GET takes one key
  void resp3.get();
  // @ts-expect-error -- unknown option
  void resp3.set('k', 'v', { EXX: 1 });
  // @ts-expect-error -- no such command
  void resp3.gett('k');

  // Replies flow from transformReply.
  const value = await resp3.get('k');
  assertType<Equal<typeof value, string | null>>();
  // @ts-expect-error -- the reply may be null
  value.toUpperCase();

  // Per RESP version: { 2, 3 } picks the entry.
  assertType<Equal<Awaited<ReturnType<typeof resp2.zScore>>, number | null>>();
  assertType<Equal<Awaited<ReturnType<typeof resp3.zScore>>, number | null>>();
  assertType<Equal<CommandReply<typeof ZSCORE, 2>, number | null>>();

  // Untyped transformReply: the union of RESP values.
  assertType<Equal<Awaited<ReturnType<typeof resp3.EVAL>>, ReplyUnion>>();
}

export async function typeMapping(): Promise<void> {
  // BLOB_STRING → Buffer turns non-literal strings into Buffers, recursively; literals stay.
  assertType<Equal<Awaited<ReturnType<typeof buffers.get>>, Buffer | null>>();
  assertType<Equal<Awaited<ReturnType<typeof buffers.set>>, 'OK' | Buffer | null>>();
  exact<Array<{ id: Buffer; message: Record<string, Buffer> }>>()(await buffers.XRANGE('s'));
  exact<[unixTimestamp: Buffer, microseconds: Buffer]>()(await buffers.TIME());
  const plain = await resp3.set('k', 'v');
  const asString: string | null = plain;
  void asString;
  // Numbers are unchanged.
  assertType<Equal<Awaited<ReturnType<typeof buffers.zScore>>, number | null>>();
  // Untyped stays untyped.
  assertType<Equal<Awaited<ReturnType<typeof buffers.EVAL>>, ReplyUnion>>();

  // MAP and SET mappings apply to MapReply / SetReply.
  type AsMap = { [RESP_TYPES.MAP]: MapConstructor };
  type AsArray = { [RESP_TYPES.MAP]: ArrayConstructor };
  type AsSet = { [RESP_TYPES.SET]: SetConstructor };
  type BufferMap = { [RESP_TYPES.MAP]: MapConstructor; [RESP_TYPES.BLOB_STRING]: BufferConstructor };
  assertType<Equal<ReplyWithTypeMapping<MapReply<string, string>, AsMap>, Map<string, string>>>();
  assertType<Equal<ReplyWithTypeMapping<MapReply<string, string>, AsArray>, Array<string>>>();
  // A Map's keys stay strings (as node-redis's decoder makes them); a flat array's are Buffers.
  assertType<Equal<ReplyWithTypeMapping<MapReply<string, string>, BufferMap>, Map<string, Buffer>>>();
  type BufferArray = { [RESP_TYPES.MAP]: ArrayConstructor; [RESP_TYPES.BLOB_STRING]: BufferConstructor };
  assertType<Equal<ReplyWithTypeMapping<MapReply<string, string>, BufferArray>, Array<Buffer>>>();
  assertType<Equal<ReplyWithTypeMapping<SetReply<string>, AsSet>, Set<string>>>();
  assertType<Equal<ReplyWithTypeMapping<SetReply<string>, Buffers>, Array<Buffer>>>();
  // A struct-like object is not a map: it keeps its shape under MAP.
  assertType<Equal<ReplyWithTypeMapping<{ cursor: string; keys: Array<string> }, AsMap>, { cursor: string; keys: Array<string> }>>();
  // By default a map reply reads like a record.
  const hash = await resp3.HGETALL('h');
  const field: string = hash.field;
  void field;
  const members = await resp3.SMEMBERS('s');
  const first: string | undefined = members[0];
  void first;
}

export function everyMapping(): void {
  type M<TM extends TypeMapping, T> = ReplyWithTypeMapping<T, TM>;
  // NUMBER: a plain number is an integer.
  type NumbersAsStrings = { [RESP_TYPES.NUMBER]: StringConstructor };
  assertType<Equal<M<NumbersAsStrings, number | null>, `${number}` | null>>();
  assertType<Equal<M<NumbersAsStrings, 0 | 1>, '0' | '1'>>();
  assertType<Equal<M<NumbersAsStrings, DoubleReply>, DoubleReply>>(); // a double is not an integer
  assertType<Equal<M<{ [RESP_TYPES.NUMBER]: NumberConstructor }, number>, number>>();
  // DOUBLE.
  type DoublesAsStrings = { [RESP_TYPES.DOUBLE]: StringConstructor };
  assertType<Equal<M<DoublesAsStrings, DoubleReply | null>, `${number}` | null>>();
  assertType<Equal<M<DoublesAsStrings, Array<{ value: string; score: DoubleReply }>>, Array<{ value: string; score: `${number}` }>>>();
  assertType<Equal<M<DoublesAsStrings, number>, number>>(); // an integer is not a double
  const score: number = 0 as unknown as DoubleReply; // reads as a number without a mapping
  void score;
  // BIG_NUMBER.
  assertType<Equal<M<{ [RESP_TYPES.BIG_NUMBER]: StringConstructor }, bigint>, `${bigint}`>>();
  assertType<Equal<M<{ [RESP_TYPES.BIG_NUMBER]: NumberConstructor }, bigint>, number>>();
  assertType<Equal<M<{ [RESP_TYPES.BIG_NUMBER]: BigIntConstructor }, bigint>, bigint>>();
  // SIMPLE_STRING: literals and SimpleStringReply; blob strings are not touched.
  type SimpleBuffers = { [RESP_TYPES.SIMPLE_STRING]: BufferConstructor };
  assertType<Equal<M<SimpleBuffers, 'PONG'>, Buffer>>();
  assertType<Equal<M<SimpleBuffers, 'OK' | BlobStringReply | null>, Buffer | BlobStringReply | null>>();
  assertType<Equal<M<SimpleBuffers, SimpleStringReply>, Buffer>>();
  assertType<Equal<M<SimpleBuffers, string>, string>>();
  // BLOB_STRING with a literal bulk string.
  assertType<Equal<M<Buffers, BlobStringReply<'master'> | 'OK'>, Buffer | 'OK'>>();
  // VERBATIM_STRING: independent of BLOB_STRING, as the decoder.
  assertType<Equal<M<{ [RESP_TYPES.VERBATIM_STRING]: typeof VerbatimString }, VerbatimStringReply>, VerbatimString>>();
  assertType<Equal<M<{ [RESP_TYPES.VERBATIM_STRING]: BufferConstructor }, VerbatimStringReply>, Buffer>>();
  assertType<Equal<M<Buffers, VerbatimStringReply>, string>>();
  // Entries node-redis's decoder ignores are accepted and change nothing.
  type Ignored = { [RESP_TYPES.BOOLEAN]: BooleanConstructor; [RESP_TYPES.ARRAY]: ArrayConstructor; [RESP_TYPES.SIMPLE_ERROR]: BufferConstructor };
  assertType<Equal<M<Ignored, { ok: boolean; list: Array<string> }>, { ok: boolean; list: Array<string> }>>();
  // A mapping known only as a union: the reply is the union of what each choice makes.
  type Either = { [RESP_TYPES.DOUBLE]: NumberConstructor | StringConstructor; [RESP_TYPES.BLOB_STRING]: StringConstructor | BufferConstructor };
  assertType<Equal<M<Either, [DoubleReply, string]>, [DoubleReply | `${number}`, string | Buffer]>>();
  // Everything at once, nested.
  type All = {
    [RESP_TYPES.NUMBER]: StringConstructor;
    [RESP_TYPES.DOUBLE]: StringConstructor;
    [RESP_TYPES.BLOB_STRING]: BufferConstructor;
    [RESP_TYPES.SIMPLE_STRING]: BufferConstructor;
    [RESP_TYPES.MAP]: MapConstructor;
    [RESP_TYPES.SET]: SetConstructor;
  };
  assertType<
    Equal<
      M<All, MapReply<string, [number, DoubleReply, SetReply<string>, 'OK']>>,
      Map<string, [`${number}`, `${number}`, Set<Buffer>, Buffer]>
    >
  >();
  // What TypeMapping refuses: values no decoder honours.
  // @ts-expect-error -- NUMBER maps to Number or String only
  const bad: TypeMapping = { [RESP_TYPES_VALUE.NUMBER]: BigInt };
  // @ts-expect-error -- SET maps to Array or Set only
  const bad2: TypeMapping = { [RESP_TYPES_VALUE.SET]: Map };
  void bad;
  void bad2;
}

declare const extended: unknown;

export const modules = {
  json: {
    get: {
      IS_READ_ONLY: true,
      parseCommand(parser: CommandParser, key: RedisArgument, options?: { path?: string }) {
        parser.push('JSON.GET');
        parser.pushKey(key);
        if (options?.path !== undefined) parser.push(options.path);
      },
      transformReply: (reply: string | null): unknown => (reply === null ? null : JSON.parse(reply)),
    },
  },
} as const satisfies Record<string, Record<string, Command>>;

export const functions = {
  mylib: {
    square: {
      NUMBER_OF_KEYS: 1,
      IS_READ_ONLY: true,
      parseCommand(parser: CommandParser, key: RedisArgument) {
        parser.pushKey(key);
      },
      transformReply: undefined as unknown as () => number,
    },
  },
} as const;

export const scripts = {
  incrMax: defineScript({
    SCRIPT: 'return 1',
    NUMBER_OF_KEYS: 1,
    parseCommand(parser: CommandParser, key: RedisArgument, max: number) {
      parser.pushKey(key);
      parser.push(String(max));
    },
    transformReply: undefined as unknown as () => number,
  }),
};

export async function extensions(): Promise<void> {
  const client = extended as WithModules<typeof modules, 3, NoMapping> &
    WithFunctions<typeof functions, 3, NoMapping> &
    WithScripts<typeof scripts, 3, NoMapping>;

  assertType<Equal<Awaited<ReturnType<typeof client.json.get>>, unknown>>();
  assertType<Equal<Parameters<typeof client.json.get>, [key: RedisArgument, options?: { path?: string }]>>();
  exact<number>()(await client.mylib.square('k'));
  exact<number>()(await client.incrMax('k', 10));
  assertType<Equal<typeof scripts.incrMax.SHA1, string>>();
  // @ts-expect-error -- max must be a number
  void client.incrMax('k', '10');
  // @ts-expect-error -- square takes exactly one key
  void client.mylib.square('k', 'extra');
  // @ts-expect-error -- no such module command
  void client.json.set('k');
}

export function definitions(): void {
  const withoutParse = { transformReply: undefined };
  // @ts-expect-error -- a command needs parseCommand
  void (withoutParse satisfies Command);
  const badTransform = { parseCommand() {}, transformReply: 'nope' };
  // @ts-expect-error -- transformReply must be a function, { 2, 3 } or undefined
  void (badTransform satisfies Command);
  // @ts-expect-error -- a script needs SCRIPT
  defineScript({ parseCommand() {}, transformReply: undefined });
}
