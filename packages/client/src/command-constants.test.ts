import * as constants from './command-constants';

describe("node-redis's named argument values", () => {
  it('have the values node-redis gives them', () => {
    expect(constants.REDIS_FLUSH_MODES).toEqual({ ASYNC: 'ASYNC', SYNC: 'SYNC' });
    expect(constants.FAILOVER_MODES).toEqual({ FORCE: 'FORCE', TAKEOVER: 'TAKEOVER' });
    expect(constants.COMMAND_LIST_FILTER_BY).toEqual({ MODULE: 'MODULE', ACLCAT: 'ACLCAT', PATTERN: 'PATTERN' });
    expect(constants.DEFAULT_RESP).toBe(3);
    expect(constants.GEO_REPLY_WITH).toEqual({ DISTANCE: 'WITHDIST', HASH: 'WITHHASH', COORDINATES: 'WITHCOORD' });
  });
});
