import type { Command, CommandParser } from '@x/modules';
import {
  pushFunctionListArguments,
  transformLibraryResp2,
  type FunctionListLibrary,
  type FunctionListLibraryResp3,
  type FunctionListOptions,
} from './helpers/function-list';

/**
 * `FUNCTION LIST [LIBRARYNAME pattern]`: every function library — `{ library_name, engine, functions:
 * [{ name, description, flags }] }` each. RESP3: the server's maps and sets (`Map`/`Set` under the
 * type mapping); RESP2: objects as node-redis builds them. x's earlier `{ WITHCODE: true }` still
 * adds `library_code` (node-redis: `functionListWithCode`).
 */
export default {
  IS_READ_ONLY: true,
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, options?: FunctionListOptions) {
    pushFunctionListArguments('FUNCTION LIST', parser, options, false);
  },
  transformReply: {
    2: (reply: Array<ReadonlyArray<unknown>>): Array<FunctionListLibrary> => reply.map(transformLibraryResp2),
    3: undefined as unknown as () => Array<FunctionListLibraryResp3>,
  },
} as const satisfies Command;
