// Type tests: checked by `tsc` (`pnpm lint`), never run. Each `@ts-expect-error` line must fail to
// compile, so a wrong argument or reply type that starts compiling breaks the lint.
import type { Command, RedisArgument } from './command';
import type { CommandParser } from './command-parser';
import type { BlobStringReply, CommandReply, MapReply, ReplyUnion, ReplyWithTypeMapping, SetReply } from './reply';
import type { RESP_TYPES } from './resp-types';
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
  assertType<Equal<ReplyWithTypeMapping<MapReply<string, string>, BufferMap>, Map<Buffer, Buffer>>>();
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
