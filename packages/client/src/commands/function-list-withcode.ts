import type { Command, CommandParser } from '@x/modules';
import {
  pushFunctionListArguments,
  transformLibraryResp2,
  type FunctionListLibraryWithCode,
  type FunctionListLibraryWithCodeResp3,
  type FunctionListOptions,
} from './helpers/function-list';

/**
 * `FUNCTION LIST [LIBRARYNAME pattern] WITHCODE` (node-redis's `functionListWithCode`): as
 * `functionList`, each library with its `library_code`.
 */
export default {
  IS_READ_ONLY: true,
  NOT_KEYED_COMMAND: true,
  parseCommand(parser: CommandParser, options?: Omit<FunctionListOptions, 'WITHCODE'>) {
    pushFunctionListArguments('FUNCTION LIST WITHCODE', parser, options, true);
  },
  transformReply: {
    2: (reply: Array<ReadonlyArray<unknown>>): Array<FunctionListLibraryWithCode> =>
      reply.map((library) => transformLibraryResp2(library) as FunctionListLibraryWithCode),
    3: undefined as unknown as () => Array<FunctionListLibraryWithCodeResp3>,
  },
} as const satisfies Command;
