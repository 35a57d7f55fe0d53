// FT.EXPLAIN: the execution plan RediSearch makes of a query, as text.
import type { CommandParser, RedisArgument, SimpleStringReply } from '@x/modules';
import { pushDialect, pushParams, type FtSearchParams } from './query-arguments';

export interface FtExplainOptions {
  PARAMS?: FtSearchParams;
  DIALECT?: number;
}

export const EXPLAIN = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: RedisArgument, query: RedisArgument, options?: FtExplainOptions) {
    parser.push('FT.EXPLAIN', index, query);
    pushParams(parser, options?.PARAMS);
    // The plan depends on the dialect: explain the query as FT.SEARCH would run it (DIALECT 2 by default).
    pushDialect(parser, options?.DIALECT);
  },
  transformReply: undefined as unknown as () => SimpleStringReply,
} as const;
