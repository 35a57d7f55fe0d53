import { commandReply } from './command-reply';

// `COMMAND INFO get` as RESP2 sends it (RESP3 differs in its key specs: maps instead of flat arrays).
const GET_RESP2 = [
  'get', 2, ['readonly', 'fast'], 1, 1, 1, ['@read', '@string', '@fast'], [],
  [['flags', ['RO', 'access'], 'begin_search', ['type', 'index', 'spec', ['index', 1]], 'find_keys', ['type', 'range', 'spec', ['lastkey', 0, 'keystep', 1, 'limit', 0]]]],
  [],
];

describe('commandReply', () => {
  it('shapes an entry: Sets of flags and categories, key specs, policies', () => {
    expect(commandReply(GET_RESP2)).toEqual({
      name: 'get', arity: 2, flags: new Set(['readonly', 'fast']), firstKeyIndex: 1, lastKeyIndex: 1, step: 1,
      categories: new Set(['@read', '@string', '@fast']), policies: { request: undefined, response: undefined }, isKeyless: false,
      nondeterministicOutput: false, tips: [],
      keySpecs: [{ beginSearch: { type: 'index', index: 1 }, findKeys: { type: 'range', lastKey: 0, keyStep: 1, limit: 0 } }],
      subcommands: [],
    });
  });

  it('reads RESP3 maps, Sets and Buffers; splits the policy tips out', () => {
    const reply = [
      Buffer.from('dbsize'), 1, new Set(['readonly']), 0, 0, 0, new Set(['@keyspace']),
      new Set(['request_policy:all_shards', 'response_policy:agg_sum', 'nondeterministic_output', 'request_policy:nonsense']),
      [new Map<unknown, unknown>([['begin_search', { type: 'keyword', spec: { keyword: 'KEYS', startfrom: -2 } }], ['find_keys', { type: 'keynum', spec: { keynumidx: 0, firstkey: 1, keystep: 1 } }]])],
    ];
    const shaped = commandReply(reply);
    expect(shaped.name).toBe('dbsize');
    expect(shaped.policies).toEqual({ request: 'all_shards', response: 'agg_sum' });
    expect(shaped.tips).toEqual(['nondeterministic_output']);
    expect(shaped.nondeterministicOutput).toBe(true);
    expect(shaped.keySpecs).toEqual([{ beginSearch: { type: 'keyword', keyword: 'KEYS', startFrom: -2 }, findKeys: { type: 'keynum', keyNumIdx: 0, firstKey: 1, keyStep: 1 } }]);
    expect(shaped.subcommands).toEqual([]);
  });

  it('an unknown or malformed key spec part is { type: "unknown" }; a short entry gets empty lists', () => {
    const shaped = commandReply(['x', 1, [], 0, 0, 0, [], [], [['begin_search', ['type', 'unknown', 'spec', []], 'find_keys', ['odd']]]]);
    expect(shaped.keySpecs).toEqual([{ beginSearch: { type: 'unknown' }, findKeys: { type: 'unknown' } }]);
    expect(commandReply(['y', 1, [], 0, 0, 0, []]).subcommands).toEqual([]);
  });
});
