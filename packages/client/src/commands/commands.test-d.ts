// Type tests of a sample of generated signatures, as methods of the client (`WithCommands` over
// COMMANDS): checked by `tsc` (`pnpm lint`), never run. Each `@ts-expect-error` line must fail to
// compile, so a generated parameter or reply type that starts accepting wrong input breaks the lint.
import type { RESP_TYPES, WithCommands } from '@x/modules';
import type { COMMANDS } from './index';
import type { ClientInfoReply } from './client-info';
import type { LcsIdxMatch } from './lcs-idx';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
// `exact<T>()(value)`: compiles only when the value's type is exactly T.
function exact<EXPECTED>() {
  return <ACTUAL>(_value: ACTUAL, ..._check: Equal<ACTUAL, EXPECTED> extends true ? [] : ['types differ']): void => {};
}

declare const client: WithCommands<typeof COMMANDS, 3, Record<never, never>>;
declare const resp2: WithCommands<typeof COMMANDS, 2, Record<never, never>>;
declare const buffers: WithCommands<typeof COMMANDS, 3, { [RESP_TYPES.BLOB_STRING]: BufferConstructor }>;

export async function generatedSignatures(): Promise<void> {
  // Positional keys, variadic keys, a numkeys counted from the array.
  exact<number>()(await client.copy('a', 'b', { DB: 1, REPLACE: true }));
  exact<[key: string, elements: Array<string>] | null>()(await client.lmPop(['a', 'b'], 'LEFT', { COUNT: 2 }));
  // @ts-expect-error — numkeys is counted from the keys, not passed
  await client.lmPop(2, ['a', 'b'], 'LEFT');

  // Optional trailing values as optional positional parameters.
  exact<'OK'>()(await client.clusterReset('SOFT'));
  // @ts-expect-error — HARD or SOFT
  await client.clusterReset('MEDIUM');

  // Blocks as objects, flattened optional blocks all-or-nothing.
  await client.bitCount('k', { start: 0, end: -1, indexUnit: 'BIT' });
  await client.bitCount('k', { start: 0, end: -1, mode: 'BIT' });
  // @ts-expect-error — end needs start
  await client.bitCount('k', { end: -1 });
  await client.zRevRangeByScore('z', Infinity, '(1', { LIMIT: { offset: 0, count: 10 }, WITHSCORES: true });
  // @ts-expect-error — LIMIT is { offset, count }
  await client.zRevRangeByScore('z', 1, 0, { LIMIT: 10 });

  // Subcommands under node-redis's names; a repeated token (CLIENT TRACKING … PREFIX a PREFIX b).
  exact<Array<ClientInfoReply>>()(await client.clientList({ TYPE: 'PUBSUB' }));
  await client.clientTracking('ON', { PREFIX: ['a:', 'b:'], BCAST: true });
  await client.clientKill([{ type: 'ID', value: 7 }, { type: 'SKIPME', value: 'yes' }]);
  // @ts-expect-error — a CLIENT KILL filter names its type
  await client.clientKill([{ value: 7 }]);
  await client.hmSet('h', { field: 'value' });
  await client.hmSet('h', [['field', 'value']]);
  // @ts-expect-error — field/value pairs, not a flat list
  await client.hmSet('h', ['field', 'value']);

  // Replies: per protocol where RESP2 and RESP3 differ; strings become Buffers under the mapping.
  exact<Array<string> | Array<[member: string, score: number]>>()(await client.zRevRangeByScore('z', 1, 0, { WITHSCORES: true }));
  exact<Array<string>>()(await resp2.zRevRangeByScore('z', 1, 0, { WITHSCORES: true }));
  exact<Buffer | null>()(await buffers.getSet('k', 'v'));
  exact<'OK' | 'NOKEY'>()(await client.migrate('127.0.0.1', 6380, ['a', 'b'], 0, 1000, { AUTH: { username: 'u', password: 'p' } }));
  exact<'OK' | 'NOKEY'>()(await client.migrate('127.0.0.1', 6380, '', 0, 1000, { KEYS: ['a', 'b'], authentication: { type: 'AUTH2', username: 'u', password: 'p' } }));
  // @ts-expect-error — ZREVRANGEBYLEX takes the key first
  await client.zRevRangeByLex();
}

declare const maps: WithCommands<typeof COMMANDS, 3, { [RESP_TYPES.MAP]: MapConstructor; [RESP_TYPES.SET]: SetConstructor }>;

// Hand-tuned in node-redis's forms: operation objects, pair lists, struct-like maps per protocol.
export async function nodeRedisForms(): Promise<void> {
  exact<0 | 1>()(await client.mSetNX(['a', '1', 'b', '2']));
  await client.mSetNX({ a: '1' });
  await client.mSetNX([['a', '1']]);
  exact<Array<number | null>>()(await client.bitField('k', [{ operation: 'SET', encoding: 'u8', offset: 0, value: 255 }, { operation: 'OVERFLOW', behavior: 'SAT' }]));
  // @ts-expect-error — BITFIELD has no INCR operation
  await client.bitField('k', [{ operation: 'INCR', encoding: 'u8', offset: 0 }]);
  // @ts-expect-error — a SET needs its value
  await client.bitField('k', [{ operation: 'SET', encoding: 'u8', offset: 0 }]);
  exact<Array<number>>()(await client.bitFieldRo('k', [{ encoding: 'i4', offset: '#1' }]));
  // @ts-expect-error — BITFIELD_RO only reads
  await client.bitFieldRo('k', [{ operation: 'SET', encoding: 'u8', offset: 0, value: 1 }]);
  await client.functionRestore(Buffer.from(''), { mode: 'REPLACE' });
  await client.functionRestore(Buffer.from(''), 'REPLACE'); // x's earlier form, kept
  // @ts-expect-error — FLUSH, APPEND or REPLACE
  await client.functionRestore(Buffer.from(''), { mode: 'MERGE' });

  // LCS IDX: { matches, len } — RESP3's map becomes a Map under MAP; RESP2's object stays an object.
  const idx = await client.lcsIdx('a', 'b', { MINMATCHLEN: 2 });
  exact<number>()(idx.len);
  exact<Array<LcsIdxMatch>>()(idx.matches);
  exact<number>()((await resp2.lcsIdxWithMatchLen('a', 'b')).len);
  const idxMap: Map<string, unknown> = await maps.lcsIdx('a', 'b');
  void idxMap;

  // FUNCTION LIST / STATS: RESP2 as node-redis shapes it; RESP3's maps and sets follow the mapping.
  exact<string | null>()((await resp2.functionList())[0]!.library_name);
  exact<Array<string>>()((await resp2.functionList())[0]!.functions[0]!.flags);
  const libraries: Array<Map<string, unknown>> = await maps.functionList();
  void libraries;
  exact<number>()((await resp2.functionStats()).engines['LUA']!.functions_count);
  exact<string | null>()(await client.randomKey());
}
