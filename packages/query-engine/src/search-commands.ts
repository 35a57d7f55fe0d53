import type { RedisCommands } from '@x/modules';
import { AGGREGATE, AGGREGATE_WITHCURSOR, CURSOR_READ } from './aggregate';
import { CONFIG_GET } from './config-get';
import { EXPLAIN } from './explain';
import { HYBRID } from './hybrid';
import { PROFILE_AGGREGATE, PROFILE_SEARCH } from './profile';
import { SEARCH, SEARCH_NOCONTENT } from './search';
import { SPELLCHECK } from './spellcheck';

/**
 * Querying: FT.SEARCH, FT.AGGREGATE, FT.PROFILE, FT.HYBRID, cursors, FT.EXPLAIN, FT.SPELLCHECK, FT.CONFIG GET —
 * each under node-redis's two names (note its `PROFILESEARCH`/`profileSearch`: no underscore).
 */
export const SEARCH_COMMANDS = {
  AGGREGATE_WITHCURSOR,
  aggregateWithCursor: AGGREGATE_WITHCURSOR,
  AGGREGATE,
  aggregate: AGGREGATE,
  CONFIG_GET,
  configGet: CONFIG_GET,
  CURSOR_READ,
  cursorRead: CURSOR_READ,
  EXPLAIN,
  explain: EXPLAIN,
  HYBRID,
  hybrid: HYBRID,
  PROFILESEARCH: PROFILE_SEARCH,
  profileSearch: PROFILE_SEARCH,
  PROFILEAGGREGATE: PROFILE_AGGREGATE,
  profileAggregate: PROFILE_AGGREGATE,
  SEARCH_NOCONTENT,
  searchNoContent: SEARCH_NOCONTENT,
  SEARCH,
  search: SEARCH,
  SPELLCHECK,
  spellCheck: SPELLCHECK,
} as const satisfies RedisCommands;
