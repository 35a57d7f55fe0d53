import type { CommandParser, RedisArgument, SetReply } from '@x/modules';
import type { StructReply } from './struct-reply';
import { optionsArgument, stringArgument } from './arguments';

/** Options of `FUNCTION LIST`. */
export interface FunctionListOptions {
  /** Only libraries whose name matches this pattern. */
  LIBRARYNAME?: RedisArgument;
  /**
   * x's earlier way to get each library's code (kept working): node-redis's is `functionListWithCode`,
   * whose reply type carries `library_code`.
   */
  WITHCODE?: boolean;
}

/** One function of a library, as node-redis shapes RESP2's reply. */
export interface FunctionListFunction {
  name: string;
  description: string | null;
  flags: Array<string>;
}

/** One library, as node-redis shapes RESP2's reply (an object whatever the type mapping). */
export interface FunctionListLibrary {
  library_name: string | null;
  engine: string;
  functions: Array<FunctionListFunction>;
  /** Only with x's `WITHCODE` option (node-redis: `functionListWithCode`). */
  library_code?: string;
}

/** One library with its code (`WITHCODE`). */
export interface FunctionListLibraryWithCode extends FunctionListLibrary {
  library_code: string;
}

/** A function in RESP3: the server's map (a `Map`/flat array under `MAP`), `flags` a set (a `Set` under `SET`). */
export type FunctionListFunctionResp3 = StructReply<{ name: string; description: string | null; flags: SetReply<string> }>;

/** A library in RESP3: the server's map. */
export type FunctionListLibraryResp3 = StructReply<{
  library_name: string | null;
  engine: string;
  functions: Array<FunctionListFunctionResp3>;
}>;

/** A library with its code in RESP3. */
export type FunctionListLibraryWithCodeResp3 = StructReply<{
  library_name: string | null;
  engine: string;
  functions: Array<FunctionListFunctionResp3>;
  library_code: string;
}>;

/** Pushes `FUNCTION LIST [LIBRARYNAME pattern] [WITHCODE]`. */
export function pushFunctionListArguments(command: string, parser: CommandParser, options: FunctionListOptions | undefined, withCode: boolean): void {
  parser.push('FUNCTION', 'LIST');
  const o = optionsArgument<FunctionListOptions>(options, `${command} options`);
  if (o?.LIBRARYNAME !== undefined) parser.push('LIBRARYNAME', stringArgument(o.LIBRARYNAME, `${command} LIBRARYNAME`));
  if (withCode || o?.WITHCODE) parser.push('WITHCODE');
}

/** A RESP2 library (`['library_name', n, 'engine', e, 'functions', [...], …]`) as node-redis shapes it. */
export function transformLibraryResp2(library: ReadonlyArray<unknown>): FunctionListLibrary {
  const shaped: FunctionListLibrary = {
    library_name: library[1] as string | null,
    engine: library[3] as string,
    functions: (library[5] as Array<ReadonlyArray<unknown>>).map((fn) => ({
      name: fn[1] as string,
      description: fn[3] as string | null,
      flags: fn[5] as Array<string>,
    })),
  };
  if (library.length > 7) shaped.library_code = library[7] as string;
  return shaped;
}
