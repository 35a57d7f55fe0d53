/*
 * The commands whose replies may be cached client side: node-redis 6.4's eligibility rule applied to
 * the server's command table (its generated metadata), as its `isCacheable` decides — a `readonly`
 * command with at least one key, without the `nondeterministic_output` or `dont_cache` tip, and not
 * blocking or a script runner — minus the definitions that say `CACHEABLE: false` (TOUCH, SORT_RO,
 * VRANDMEMBER: a read that changes nothing the server would invalidate, or a random reply). A
 * definition's own `CACHEABLE` wins over this list, as in node-redis. CF.COMPACT is left out too: the
 * server flags it read-only, but its reply is an OK for work done — a cached OK would skip the work.
 */
export const CACHEABLE_COMMANDS: ReadonlySet<string> = new Set([
  'VCARD', 'VDIM', 'VEMB', 'VGETATTR', 'VINFO', 'VISMEMBER', 'VLINKS', 'VRANGE', 'VSIM', 'ARCOUNT', 'ARGET',
  'ARGETRANGE', 'ARGREP', 'ARINFO', 'ARLASTITEMS', 'ARLEN', 'ARMGET', 'ARNEXT', 'AROP', 'ARSCAN', 'BITCOUNT',
  'BITFIELD_RO', 'BITPOS', 'BITRANGEINTARRAY', 'DIGEST', 'EXISTS', 'EXPIRETIME', 'GEODIST', 'GEOHASH',
  'GEOPOS', 'GEORADIUS_RO', 'GEORADIUSBYMEMBER_RO', 'GEOSEARCH', 'GET', 'GETBIT', 'GETRANGE', 'HEXISTS',
  'HEXPIRETIME', 'HGET', 'HGETALL', 'HKEYS', 'HLEN', 'HMGET', 'HPEXPIRETIME', 'HSTRLEN', 'HVALS', 'LCS',
  'LINDEX', 'LLEN', 'LPOS', 'LRANGE', 'MGET', 'PEXPIRETIME', 'PFCOUNT', 'SCARD', 'SDIFF', 'SDIFFCARD',
  'SEXPIRETIME', 'SINTER', 'SINTERCARD', 'SISMEMBER', 'SMEMBERS', 'SMISMEMBER', 'SPEXPIRETIME', 'STRLEN',
  'SUBSTR', 'SUNION', 'SUNIONCARD', 'TYPE', 'XLEN', 'XRANGE', 'XREVRANGE', 'ZCARD', 'ZCOUNT', 'ZDIFF',
  'ZINTER', 'ZINTERCARD', 'ZLEXCOUNT', 'ZMSCORE', 'ZRANGE', 'ZRANGEBYLEX', 'ZRANGEBYSCORE', 'ZRANK',
  'ZREVRANGE', 'ZREVRANGEBYLEX', 'ZREVRANGEBYSCORE', 'ZREVRANK', 'ZSCORE', 'ZUNION',
  // Modules (RedisJSON, RediSearch suggestions, Bloom/Cuckoo/CMS/Top-K/t-digest, TimeSeries).
  'FT.SUGGET', 'FT.SUGLEN', 'BF.CARD', 'BF.EXISTS', 'BF.MEXISTS', 'CF.COUNT', 'CF.EXISTS',
  'CF.MEXISTS', 'CMS.QUERY', 'JSON.ARRINDEX', 'JSON.ARRLEN', 'JSON.GET', 'JSON.MGET', 'JSON.OBJKEYS',
  'JSON.OBJLEN', 'JSON.RESP', 'JSON.STRLEN', 'JSON.TYPE', 'TDIGEST.BYRANK', 'TDIGEST.BYREVRANK',
  'TDIGEST.CDF', 'TDIGEST.MAX', 'TDIGEST.MIN', 'TDIGEST.QUANTILE', 'TDIGEST.RANK', 'TDIGEST.REVRANK',
  'TDIGEST.TRIMMED_MEAN', 'TOPK.COUNT', 'TOPK.INFO', 'TOPK.LIST', 'TOPK.QUERY', 'TS.GET', 'TS.NRANGE',
  'TS.NREVRANGE', 'TS.RANGE', 'TS.REVRANGE',
]);
