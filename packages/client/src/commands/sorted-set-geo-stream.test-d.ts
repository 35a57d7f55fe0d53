// Type tests of the hand-tuned sorted-set, geo and stream methods (checked by `tsc`, never run): the
// argument forms node-redis's typings accept, the reply types node-redis declares, and x's earlier
// forms that still compile. Each `@ts-expect-error` line must fail to compile.
import type { RESP_TYPES, WithCommands } from '@x/modules';
import type { COMMANDS } from './index';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function exact<EXPECTED>() {
  return <ACTUAL>(_value: ACTUAL, ..._check: Equal<ACTUAL, EXPECTED> extends true ? [] : ['types differ']): void => {};
}

declare const client: WithCommands<typeof COMMANDS, 3, Record<never, never>>;
declare const resp2: WithCommands<typeof COMMANDS, 2, Record<never, never>>;
declare const buffers: WithCommands<typeof COMMANDS, 3, { [RESP_TYPES.BLOB_STRING]: BufferConstructor }>;

export async function sortedSetSignatures(): Promise<void> {
  exact<number>()(await client.zAdd('z', [{ score: 1, value: 'a' }], { condition: 'NX', CH: true }));
  // @ts-expect-error — members are { score, value }, not a flat array
  await client.zAdd('z', ['1', 'a']);
  exact<number | null>()(await client.zAddIncr('z', { score: 1, value: 'a' }, { comparison: 'GT' }));
  exact<{ value: string; score: number } | null>()(await client.zPopMax('z'));
  exact<{ value: string; score: number } | null>()(await resp2.zPopMin('z'));
  // @ts-expect-error — a count is zPopMaxCount's
  await client.zPopMax('z', 2);
  exact<Array<{ value: string; score: number }>>()(await client.zPopMaxCount('z', 2));
  exact<{ key: string; value: string; score: number } | null>()(await client.bzPopMax(['a', 'b'], 1));
  exact<{ key: string; members: Array<{ value: string; score: number }> } | null>()(await client.zmPop(['a', 'b'], 'MIN', { COUNT: 2 }));
  exact<{ key: Buffer; members: Array<{ value: Buffer; score: number }> } | null>()(await buffers.bzmPop(1, 'a', 'MAX'));
  exact<Array<string>>()(await client.zUnion([{ key: 'a', weight: 2 }, { key: 'b', weight: 1 }], { AGGREGATE: 'MAX' }));
  exact<number>()(await client.zUnionStore('dst', ['a', 'b'], { WEIGHTS: [1, 2] })); // x's earlier form
  // @ts-expect-error — AGGREGATE takes SUM, MIN or MAX
  await client.zInterStore('dst', ['a'], { AGGREGATE: 'AVG' });
  exact<Array<{ value: string; score: number }>>()(await client.zInterWithScores(['a', 'b']));
  exact<number>()(await client.zInterCard(['a', 'b'], 5));
  exact<Array<number | null>>()(await client.zmScore('z', ['a', 'b']));
  exact<Array<number | null>>()(await resp2.zmScore('z', ['a', 'b']));
  exact<Array<string>>()(await client.zRangeByScore('z', '(1', Infinity, { LIMIT: { offset: 0, count: 10 } }));
  // @ts-expect-error — LIMIT is { offset, count }
  await client.zRangeByScore('z', 0, 1, { LIMIT: 10 });
  exact<string | null>()(await client.zRandMember('z'));
  exact<Array<string>>()(await client.zRandMemberCount('z', 2));
  exact<{ rank: number; score: number } | null>()(await client.zRankWithScore('z', 'a'));
  exact<number>()(await client.zRangeStore('dst', 'src', 0, 1, { BY: 'SCORE', REV: true }));
  await client.zRangeStore('dst', 'src', 0, 1, { sortby: 'BYSCORE' }); // x's earlier form
}

export async function geoSignatures(): Promise<void> {
  exact<number>()(await client.geoAdd('g', { longitude: 1, latitude: 2, member: 'm' }, { NX: true }));
  exact<number | null>()(await client.geoDist('g', 'a', 'b', 'km'));
  exact<Array<{ longitude: string; latitude: string } | null>>()(await client.geoPos('g', ['a', 'b']));
  exact<Array<string>>()(await client.geoSearch('g', 'Palermo', { radius: 200, unit: 'km' }, { SORT: 'ASC', COUNT: { value: 2, ANY: true } }));
  await client.geoSearch('g', { longitude: 15, latitude: 37 }, { width: 1, height: 2, unit: 'm' });
  // x's earlier tagged forms.
  await client.geoSearch('g', { type: 'FROMMEMBER', value: 'Palermo' }, { type: 'BYBOX', width: 1, height: 2, unit: 'M' }, { order: 'ASC' });
  // @ts-expect-error — a box needs a height
  await client.geoSearch('g', 'm', { width: 1, unit: 'm' });
  // @ts-expect-error — unknown unit
  await client.geoSearch('g', 'm', { radius: 1, unit: 'yd' });
  const found = await client.geoSearchWith('g', 'm', { radius: 1, unit: 'km' }, ['WITHDIST', 'WITHCOORD']);
  exact<string>()(found[0]!.member);
  exact<number | undefined>()(found[0]!.distance);
  exact<number>()(await client.geoSearchStore('dst', 'g', 'm', { radius: 1, unit: 'km' }, { STOREDIST: true }));
  exact<Array<string>>()(await client.geoRadius('g', { longitude: 15, latitude: 37 }, 200, 'km'));
  await client.geoRadius('g', 15, 37, 200, 'KM', { order: 'ASC' }); // x's earlier positional form
  exact<number>()(await client.geoRadiusStore('g', { longitude: 15, latitude: 37 }, 200, 'km', 'dst'));
  exact<Array<string>>()(await client.geoRadiusByMemberRo('g', 'm', 1, 'km'));
}

export async function streamSignatures(): Promise<void> {
  exact<string>()(await client.xAdd('s', '*', { a: '1' }, { TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: 10 } }));
  await client.xAdd('s', '*', [['a', '1']]); // x's own pairs form
  exact<string | null>()(await client.xAddNoMkStream('s', '*', { a: '1' }));
  const claimed = await client.xAutoClaim('s', 'g', 'c', 0, '0-0', { COUNT: 1 });
  exact<string>()(claimed.nextId);
  exact<Array<string>>()(claimed.deletedMessages);
  exact<Array<string>>()((await client.xAutoClaimJustId('s', 'g', 'c', 0, '0-0')).messages);
  exact<Array<string>>()(await client.xClaimJustId('s', 'g', 'c', 0, ['1-1'], { TIME: new Date() }));
  const pending = await client.xPending('s', 'g');
  exact<number>()(pending.pending);
  exact<Array<{ name: string; deliveriesCounter: number }> | null>()(pending.consumers);
  exact<number>()((await client.xPendingRange('s', 'g', '-', '+', 10, { IDLE: 1 }))[0]!.deliveriesCounter);
  exact<number>()(await client.xGroupDestroy('stream', 'group'));
  exact<'OK'>()(await client.xGroupSetId('s', 'g', '$', { ENTRIESREAD: 0 }));
  exact<string>()((await resp2.xInfoConsumers('s', 'g'))[0]!.name);
  exact<number | null>()((await resp2.xInfoGroups('s'))[0]!['entries-read']);
  exact<number>()((await resp2.xInfoStream('s')).length);
  // @ts-expect-error — XINFO STREAM takes the key first
  await client.xInfoStream();
  exact<Array<-1 | 1 | 2>>()(await client.xDelEx('s', ['1-1'], 'KEEPREF'));
}
