// Reply types of the generated commands. Redis 7.0 publishes no reply shapes (`COMMAND DOCS` has a
// `reply_schema` only on servers built to log requests and replies), so they are recorded here, as
// the decoder delivers them with no type mapping: RESP3 maps as `MapReply`, sets as `SetReply`,
// doubles as numbers; RESP2 sends maps as flat arrays and doubles as strings. A `{ 2, 3 }` entry is
// used where the protocols differ. Checked against a live redis-server 7.0 (and by
// test/commands-replies.test.ts for a sample). Types available: `BlobStringReply`, `MapReply`,
// `SetReply`, `ReplyUnion` (from @x/modules).

/** One reply type for both protocols, or one per protocol. */
export type ReplyType = string | { readonly 2: string; readonly 3: string };

const HELP = 'Array<string>';
const OK = "'OK'";
/** A RESP3 map with values of many shapes; RESP2 sends `[key, value, key, value, …]`. */
const INFO_MAP: ReplyType = { 2: 'Array<ReplyUnion>', 3: 'MapReply<string, ReplyUnion>' };
const INFO_MAPS: ReplyType = { 2: 'Array<Array<ReplyUnion>>', 3: 'Array<MapReply<string, ReplyUnion>>' };
/** `member` or, `WITHSCORES`, `[member, score]` pairs (RESP2: a flat `member, score, …` array). */
const MEMBERS_WITH_SCORES: ReplyType = { 2: 'Array<string>', 3: 'Array<string> | Array<[member: string, score: number]>' };
const STREAM_ENTRIES = 'Array<[id: string, fields: Array<string>]>';
const GEO_RESULTS = 'Array<string | Array<ReplyUnion>>';

/** Reply type by command name (lower case, `container|subcommand`). */
export const REPLIES: Readonly<Record<string, ReplyType>> = {
  'acl|cat': 'Array<string>',
  'acl|deluser': 'number',
  'acl|dryrun': "'OK' | BlobStringReply",
  'acl|genpass': 'string',
  'acl|getuser': { 2: 'Array<ReplyUnion> | null', 3: 'MapReply<string, ReplyUnion> | null' },
  'acl|help': HELP,
  'acl|list': 'Array<string>',
  'acl|load': OK,
  'acl|log': { 2: "Array<Array<ReplyUnion>> | 'OK'", 3: "Array<MapReply<string, ReplyUnion>> | 'OK'" },
  'acl|save': OK,
  'acl|setuser': OK,
  'acl|users': 'Array<string>',
  'acl|whoami': 'string',
  'asking': OK,
  'bgrewriteaof': 'string',
  'bgsave': 'string',
  'bitcount': 'number',
  'bitfield': 'Array<number | null>',
  'bitfield_ro': 'Array<number>',
  'bitop': 'number',
  'bitpos': 'number',
  'blmove': 'string | null',
  'blmpop': '[key: string, elements: Array<string>] | null',
  'brpoplpush': 'string | null',
  'bzmpop': {
    2: '[key: string, members: Array<[member: string, score: string]>] | null',
    3: '[key: string, members: Array<[member: string, score: number]>] | null',
  },
  'bzpopmax': { 2: '[key: string, member: string, score: string] | null', 3: '[key: string, member: string, score: number] | null' },
  'bzpopmin': { 2: '[key: string, member: string, score: string] | null', 3: '[key: string, member: string, score: number] | null' },
  'client|caching': OK,
  'client|getredir': 'number',
  'client|help': HELP,
  'client|info': 'string',
  'client|kill': "'OK' | number",
  'client|list': 'string',
  'client|no-evict': OK,
  'client|pause': OK,
  'client|tracking': OK,
  'client|trackinginfo': INFO_MAP,
  'client|unblock': 'number',
  'client|unpause': OK,
  'cluster|addslots': OK,
  'cluster|addslotsrange': OK,
  'cluster|bumpepoch': 'string',
  'cluster|count-failure-reports': 'number',
  'cluster|countkeysinslot': 'number',
  'cluster|delslots': OK,
  'cluster|delslotsrange': OK,
  'cluster|failover': OK,
  'cluster|flushslots': OK,
  'cluster|forget': OK,
  'cluster|getkeysinslot': 'Array<string>',
  'cluster|help': HELP,
  'cluster|info': 'string',
  'cluster|keyslot': 'number',
  'cluster|links': INFO_MAPS,
  'cluster|meet': OK,
  'cluster|myid': 'string',
  'cluster|nodes': 'string',
  'cluster|replicas': 'Array<string>',
  'cluster|replicate': OK,
  'cluster|reset': OK,
  'cluster|saveconfig': OK,
  'cluster|set-config-epoch': OK,
  'cluster|setslot': OK,
  'cluster|shards': INFO_MAPS,
  'cluster|slaves': 'Array<string>',
  'cluster|slots': 'Array<[start: number, end: number, ...nodes: Array<Array<ReplyUnion>>]>',
  'command': 'Array<Array<ReplyUnion>>',
  'command|count': 'number',
  'command|docs': { 2: 'Array<ReplyUnion>', 3: 'MapReply<string, MapReply<string, ReplyUnion>>' },
  'command|getkeys': 'Array<string>',
  'command|getkeysandflags': {
    2: 'Array<[key: string, flags: Array<string>]>',
    3: 'Array<[key: string, flags: SetReply<string>]>',
  },
  'command|help': HELP,
  'command|info': 'Array<Array<ReplyUnion> | null>',
  'command|list': 'Array<string>',
  'config|help': HELP,
  'config|resetstat': OK,
  'config|rewrite': OK,
  'copy': 'number',
  'debug': 'ReplyUnion',
  'dump': 'string | null',
  'expireat': 'number',
  'expiretime': 'number',
  'failover': OK,
  'function|dump': 'string',
  'function|help': HELP,
  'function|kill': OK,
  'function|list': INFO_MAPS,
  'function|restore': OK,
  'function|stats': INFO_MAP,
  'geoadd': 'number',
  'geodist': 'string | null',
  'geohash': 'Array<string | null>',
  'geopos': {
    2: 'Array<[longitude: string, latitude: string] | null>',
    3: 'Array<[longitude: number, latitude: number] | null>',
  },
  'georadius': `${GEO_RESULTS} | number`,
  'georadius_ro': GEO_RESULTS,
  'georadiusbymember': `${GEO_RESULTS} | number`,
  'georadiusbymember_ro': GEO_RESULTS,
  'geosearch': GEO_RESULTS,
  'geosearchstore': 'number',
  'getbit': 'number',
  'getset': 'string | null',
  'hincrbyfloat': 'string',
  'hmset': OK,
  'hrandfield': {
    2: 'string | null | Array<string>',
    3: 'string | null | Array<string> | Array<[field: string, value: string]>',
  },
  'hsetnx': 'number',
  'hstrlen': 'number',
  'lastsave': 'number',
  'latency|doctor': 'string',
  'latency|graph': 'string',
  'latency|help': HELP,
  'latency|histogram': { 2: 'Array<ReplyUnion>', 3: 'MapReply<string, MapReply<string, ReplyUnion>>' },
  'latency|history': 'Array<[timestamp: number, latency: number]>',
  'latency|latest': 'Array<[event: string, timestamp: number, latest: number, max: number]>',
  'latency|reset': 'number',
  'lcs': { 2: 'string | number | Array<ReplyUnion>', 3: 'string | number | MapReply<string, ReplyUnion>' },
  'linsert': 'number',
  'lmove': 'string | null',
  'lmpop': '[key: string, elements: Array<string>] | null',
  'lolwut': 'string',
  'lpos': 'number | null | Array<number>',
  'lpushx': 'number',
  'lset': OK,
  'memory|doctor': 'string',
  'memory|help': HELP,
  'memory|malloc-stats': 'string',
  'memory|purge': OK,
  'memory|stats': INFO_MAP,
  'migrate': "'OK' | 'NOKEY'",
  'module|help': HELP,
  'module|list': INFO_MAPS,
  'module|load': OK,
  'module|loadex': OK,
  'module|unload': OK,
  'move': 'number',
  'msetnx': 'number',
  'object|encoding': 'string | null',
  'object|freq': 'number | null',
  'object|help': HELP,
  'object|idletime': 'number | null',
  'object|refcount': 'number | null',
  'pexpireat': 'number',
  'pexpiretime': 'number',
  'pfadd': 'number',
  'pfcount': 'number',
  'pfdebug': 'ReplyUnion',
  'pfmerge': OK,
  'pfselftest': OK,
  'psetex': OK,
  'pubsub|help': HELP,
  'pubsub|numpat': 'number',
  'pubsub|shardchannels': 'Array<string>',
  'pubsub|shardnumsub': 'Array<string | number>',
  'randomkey': 'string | null',
  'readonly': OK,
  'readwrite': OK,
  'renamenx': 'number',
  'replicaof': OK,
  'restore': OK,
  'restore-asking': OK,
  'role': '[role: string, ...details: Array<ReplyUnion>]',
  'rpoplpush': 'string | null',
  'rpushx': 'number',
  'save': OK,
  'script|debug': OK,
  'script|help': HELP,
  'script|kill': OK,
  'sdiff': { 2: 'Array<string>', 3: 'SetReply<string>' },
  'sdiffstore': 'number',
  'setbit': 'number',
  'shutdown': OK,
  'sintercard': 'number',
  'sinterstore': 'number',
  'slaveof': OK,
  'slowlog|get': 'Array<[id: number, timestamp: number, duration: number, args: Array<string>, client: string, name: string]>',
  'slowlog|help': HELP,
  'slowlog|len': 'number',
  'slowlog|reset': OK,
  'smismember': 'Array<number>',
  'smove': 'number',
  'sort': 'Array<string | null> | number',
  'sort_ro': 'Array<string | null>',
  'spop': { 2: 'string | null | Array<string>', 3: 'string | null | SetReply<string>' },
  'srandmember': 'string | null | Array<string>',
  'substr': 'string',
  'sunionstore': 'number',
  'swapdb': OK,
  'wait': 'number',
  'xautoclaim': `[next: string, claimed: ${STREAM_ENTRIES} | Array<string>, deleted: Array<string>]`,
  'xclaim': `${STREAM_ENTRIES} | Array<string>`,
  'xgroup|createconsumer': 'number',
  'xgroup|delconsumer': 'number',
  'xgroup|destroy': 'number',
  'xgroup|help': HELP,
  'xgroup|setid': OK,
  'xinfo|consumers': INFO_MAPS,
  'xinfo|groups': INFO_MAPS,
  'xinfo|help': HELP,
  'xinfo|stream': INFO_MAP,
  'xpending':
    '[pending: number, first: string | null, last: string | null, consumers: Array<[name: string, pending: string]> | null]' +
    ' | Array<[id: string, consumer: string, idle: number, deliveries: number]>',
  'xrevrange': STREAM_ENTRIES,
  'xsetid': OK,
  'zdiff': MEMBERS_WITH_SCORES,
  'zdiffstore': 'number',
  'zinter': MEMBERS_WITH_SCORES,
  'zintercard': 'number',
  'zinterstore': 'number',
  'zlexcount': 'number',
  'zmpop': {
    2: '[key: string, members: Array<[member: string, score: string]>] | null',
    3: '[key: string, members: Array<[member: string, score: number]>] | null',
  },
  'zmscore': { 2: 'Array<string | null>', 3: 'Array<number | null>' },
  'zpopmax': { 2: 'Array<string>', 3: '[member: string, score: number] | [] | Array<[member: string, score: number]>' },
  'zpopmin': { 2: 'Array<string>', 3: '[member: string, score: number] | [] | Array<[member: string, score: number]>' },
  'zrandmember': { 2: 'string | null | Array<string>', 3: 'string | null | Array<string> | Array<[member: string, score: number]>' },
  'zrangebylex': 'Array<string>',
  'zrangebyscore': MEMBERS_WITH_SCORES,
  'zrangestore': 'number',
  'zremrangebylex': 'number',
  'zremrangebyrank': 'number',
  'zremrangebyscore': 'number',
  'zrevrange': MEMBERS_WITH_SCORES,
  'zrevrangebylex': 'Array<string>',
  'zrevrangebyscore': MEMBERS_WITH_SCORES,
  'zrevrank': 'number | null',
  'zunion': MEMBERS_WITH_SCORES,
  'zunionstore': 'number',
};

/**
 * A `reply_schema` (JSON Schema, Redis ≥ 7.2 built with reply schemas) as a TypeScript type, for
 * commands {@link REPLIES} does not list. Describes the RESP3 reply; unknown shapes are `ReplyUnion`.
 */
export function schemaType(schema: unknown): string {
  if (typeof schema !== 'object' || schema === null) return 'ReplyUnion';
  const s = schema as Record<string, unknown>;
  if ('const' in s) return typeof s.const === 'string' ? `'${s.const.replace(/'/g, "\\'")}'` : String(s.const);
  const alternatives = (s.oneOf ?? s.anyOf) as Array<unknown> | undefined;
  if (Array.isArray(alternatives)) return [...new Set(alternatives.map(schemaType))].join(' | ');
  switch (s.type) {
    case 'integer':
    case 'number':
      return 'number';
    case 'string':
      return 'string';
    case 'null':
      return 'null';
    case 'boolean':
      return 'boolean';
    case 'array': {
      if (Array.isArray(s.items)) return `[${s.items.map(schemaType).join(', ')}]`;
      const item = schemaType(s.items);
      return s.uniqueItems === true ? `SetReply<${item}>` : `Array<${item}>`;
    }
    case 'object': {
      const properties = s.properties as Record<string, unknown> | undefined;
      if (properties !== undefined && Object.keys(properties).length > 0) return 'MapReply<string, ReplyUnion>';
      const value = s.additionalProperties === undefined || s.additionalProperties === true ? 'ReplyUnion' : schemaType(s.additionalProperties);
      return `MapReply<string, ${value}>`;
    }
    default:
      return 'ReplyUnion';
  }
}
