import { mayStandForMissingKey } from './cache-absence';

describe('mayStandForMissingKey', () => {
  it.each([
    ['GET → null', null],
    ['EXISTS/STRLEN/LLEN → 0', 0],
    ['BITPOS → -1', -1],
    ['TTL → -2', -2],
    ['TYPE → none', 'none'],
    ['GETRANGE → empty', ''],
    ['a number mapped to a string', '-2'],
    ['a mapped Buffer', Buffer.from('none')],
    ['HGETALL → {}', {}],
    ['HGETALL mapped to a Map', new Map()],
    ['SMEMBERS mapped to a Set', new Set()],
    ['LRANGE → []', []],
    ['HMGET → [null, null]', [null, null]],
    ['SMISMEMBER → [0, 0]', [0, 0]],
    ['GEOPOS → [null]', [null]],
    ['a boolean false', false],
    ['a bigint zero', 0n],
  ])('%s: may mean missing (not kept)', (_name, reply) => {
    expect(mayStandForMissingKey(reply)).toBe(true);
  });

  it.each([
    ['a value', 'v'],
    ['a count', 3],
    ['a Buffer value', Buffer.from('value')],
    ['a hash', { f: 'v' }],
    ['HMGET with a value', [null, 'v']],
    ['a map with an entry', new Map([['f', 'v']])],
    ['TTL of a persistent key', -3],
  ])('%s: kept', (_name, reply) => {
    expect(mayStandForMissingKey(reply)).toBe(false);
  });
});
