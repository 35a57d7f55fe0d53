import type { RedisCommands } from '@x/modules';
import { ADD } from './add';
import { CREATE } from './create';
import { DEL, GET } from './documents';
import { DROP, INFO } from './index-admin';
import { SEARCH, SEARCH_NOCONTENT } from './search';

/**
 * The module: every command under both of node-redis's spellings. Add it to a client or a cluster
 * under the namespace you like — `createCluster({ rootNodes, modules: { ft } })` — and call
 * `cluster.ft.search(...)`.
 */
export const ft = {
  CREATE,
  create: CREATE,
  ADD,
  add: ADD,
  SEARCH,
  search: SEARCH,
  SEARCH_NOCONTENT,
  searchNoContent: SEARCH_NOCONTENT,
  GET,
  get: GET,
  DEL,
  del: DEL,
  DROP,
  drop: DROP,
  INFO,
  info: INFO,
} as const satisfies RedisCommands;
