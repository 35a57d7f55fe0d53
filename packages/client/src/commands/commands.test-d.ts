// Type tests of a sample of generated signatures, as methods of the client (`WithCommands` over
// COMMANDS): checked by `tsc` (`pnpm lint`), never run. Each `@ts-expect-error` line must fail to
// compile, so a generated parameter or reply type that starts accepting wrong input breaks the lint.
import type { RESP_TYPES, WithCommands } from '@x/modules';
import type { COMMANDS } from './index';
import type { ClientInfoReply } from './client-info';

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
  exact<'OK' | 'NOKEY'>()(await client.migrate('127.0.0.1', 6380, '', 0, 1000, { KEYS: ['a', 'b'], authentication: { type: 'AUTH2', username: 'u', password: 'p' } }));
  // @ts-expect-error — ZREVRANGEBYLEX takes the key first
  await client.zRevRangeByLex();
}
