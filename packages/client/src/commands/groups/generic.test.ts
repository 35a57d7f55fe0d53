import type { Command } from '@x/modules';
import { GENERIC_COMMANDS } from './generic';
import { camelTwins, wireOf, type WireRow } from './wire-table';

const commands = GENERIC_COMMANDS as unknown as Record<string, Command>;
const AT = new Date(1_700_000_000_999);

const ROWS: WireRow[] = [
  ['copy', ['a', 'b'], ['COPY', 'a', 'b'], ['a', 'b']],
  ['copy', ['a', 'b', { DB: 0, REPLACE: true }], ['COPY', 'a', 'b', 'DB', '0', 'REPLACE'], ['a', 'b']],
  ['dump', ['k'], ['DUMP', 'k'], ['k']],
  ['expire', ['k', 10, 'GT'], ['EXPIRE', 'k', '10', 'GT'], ['k']],
  ['expireAt', ['k', AT], ['EXPIREAT', 'k', '1700000000'], ['k']],
  ['expireAt', ['k', 1700000000, 'NX'], ['EXPIREAT', 'k', '1700000000', 'NX'], ['k']],
  ['pExpireAt', ['k', AT, 'LT'], ['PEXPIREAT', 'k', '1700000000999', 'LT'], ['k']],
  ['expireTime', ['k'], ['EXPIRETIME', 'k'], ['k']],
  ['pExpireTime', ['k'], ['PEXPIRETIME', 'k'], ['k']],
  ['migrate', ['h', 6379, 'k', 0, 10], ['MIGRATE', 'h', '6379', 'k', '0', '10'], ['k']],
  [
    'migrate',
    ['h', 6379, ['a', 'b'], 1, 10, { COPY: true, REPLACE: true, AUTH: { password: 'p' } }],
    ['MIGRATE', 'h', '6379', '', '1', '10', 'COPY', 'REPLACE', 'AUTH', 'p', 'KEYS', 'a', 'b'],
    ['a', 'b'],
  ],
  ['migrate', ['h', 1, 'k', 0, 10, { AUTH: { username: 'u', password: 'p' } }], ['MIGRATE', 'h', '1', 'k', '0', '10', 'AUTH2', 'u', 'p'], ['k']],
  ['move', ['k', 1], ['MOVE', 'k', '1'], ['k']],
  ['objectEncoding', ['k'], ['OBJECT', 'ENCODING', 'k'], ['k']],
  ['objectFreq', ['k'], ['OBJECT', 'FREQ', 'k'], ['k']],
  ['objectIdleTime', ['k'], ['OBJECT', 'IDLETIME', 'k'], ['k']],
  ['objectRefCount', ['k'], ['OBJECT', 'REFCOUNT', 'k'], ['k']],
  ['randomKey', [], ['RANDOMKEY'], []],
  ['renameNX', ['a', 'b'], ['RENAMENX', 'a', 'b'], ['a', 'b']],
  ['restore', ['k', 0, 'x', { REPLACE: true, ABSTTL: true, IDLETIME: 1, FREQ: 2 }], ['RESTORE', 'k', '0', 'x', 'REPLACE', 'ABSTTL', 'IDLETIME', '1', 'FREQ', '2'], ['k']],
  ['sort', ['k'], ['SORT', 'k'], ['k']],
  [
    'sort',
    ['k', { BY: 'w_*', LIMIT: { offset: 0, count: 2 }, GET: ['#', 'o_*'], DIRECTION: 'DESC', ALPHA: true }],
    ['SORT', 'k', 'BY', 'w_*', 'LIMIT', '0', '2', 'GET', '#', 'GET', 'o_*', 'DESC', 'ALPHA'],
    ['k'],
  ],
  ['sortRo', ['k', { GET: 'o_*' }], ['SORT_RO', 'k', 'GET', 'o_*'], ['k']],
  // x's earlier forms, kept: `order` for DIRECTION; '' and { KEYS, authentication } for MIGRATE.
  ['sort', ['k', { order: 'DESC', ALPHA: true }], ['SORT', 'k', 'DESC', 'ALPHA'], ['k']],
  [
    'migrate',
    ['h', 1, '', 0, 10, { KEYS: ['a', 'b'], authentication: { type: 'AUTH2', username: 'u', password: 'p' } }],
    ['MIGRATE', 'h', '1', '', '0', '10', 'AUTH2', 'u', 'p', 'KEYS', 'a', 'b'],
    ['a', 'b'],
  ],
  ['migrate', ['h', 1, '', 0, 10, { KEYS: 'a', authentication: { type: 'AUTH', value: 'p' } }], ['MIGRATE', 'h', '1', '', '0', '10', 'AUTH', 'p', 'KEYS', 'a'], ['a']],
  ['sortStore', ['k', 'dst', { ALPHA: true }], ['SORT', 'k', 'ALPHA', 'STORE', 'dst'], ['k', 'dst']],
  ['wait', [1, 100], ['WAIT', '1', '100'], []],
];

describe('the generic group', () => {
  it('registers every command under both names, as one definition', () => {
    for (const [upper, camel] of camelTwins(GENERIC_COMMANDS)) {
      expect([upper, camel].every((n) => n !== '')).toBe(true);
    }
  });

  it.each(ROWS)('%s %j', (method, args, wire, keys) => {
    expect(wireOf(commands[method]!, args)).toEqual({ wire, keys });
  });

  it('TOUCH goes to the master and SORT_RO is not cacheable, as node-redis pins them', () => {
    expect(commands.TOUCH!.IS_READ_ONLY).toBe(false);
    expect(commands.TOUCH!.CACHEABLE).toBe(false);
    expect(commands.SORT_RO!.IS_READ_ONLY).toBe(true);
    expect(commands.SORT_RO!.CACHEABLE).toBe(false);
  });

  it.each([
    ['expire', ['k', undefined], /EXPIRE seconds must be a number, got undefined/],
    ['expire', ['k', 10, 5], /EXPIRE mode must be a string or a Buffer, got number 5/],
    ['expireAt', ['k', {}], /EXPIREAT timestamp must be a number, got an object/],
    ['migrate', ['h', 6379, 'k', 0, 10, { AUTH: { username: 'u' } }], /MIGRATE AUTH.password must be a string or a Buffer, got undefined/],
    ['migrate', ['h', 6379, undefined, 0, 10], /MIGRATE key must be a string or a Buffer, got undefined/],
    ['sort', ['k', { LIMIT: { offset: 1 } }], /SORT LIMIT.count must be a number, got undefined/],
    ['sort', ['k', 'DESC'], /SORT options must be an object, got the string "DESC"/],
    // x's earlier SORT … STORE is sortStore now: refused, not sorted without storing.
    ['sort', ['k', { STORE: 'dst' }], /SORT STORE is not an option; use sortStore/],
    ['migrate', ['h', 1, 'k', 0, 10, { KEYS: ['a'] }], /MIGRATE KEYS needs "" as the key/],
    ['restore', ['k', 0, 'x', { IDLETIME: {} }], /RESTORE IDLETIME must be a number, got an object/],
    ['copy', ['a', 'b', { DB: 'one' }], null],
  ] as const)('%s %j is refused', (method, args, message) => {
    if (message === null) expect(() => wireOf(commands[method]!, args)).not.toThrow(); // a string goes as given: the server judges it
    else expect(() => wireOf(commands[method]!, args)).toThrow(message);
  });
});
