// Type tests of the built-in commands as methods: checked by `tsc` (`pnpm lint`), never run. Each
// `@ts-expect-error` line must fail to compile.
import type { MapReply, RESP_TYPES, SetReply, WithCommands } from '@x/modules';
import type { COMMANDS } from './index';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
// `exact<T>()(value)`: compiles only when the value's type is exactly T.
function exact<EXPECTED>() {
  return <ACTUAL>(_value: ACTUAL, ..._check: Equal<ACTUAL, EXPECTED> extends true ? [] : ['types differ']): void => {};
}

type NoMapping = Record<never, never>;
declare const resp3: WithCommands<typeof COMMANDS, 3, NoMapping>;
declare const resp2: WithCommands<typeof COMMANDS, 2, NoMapping>;
declare const buffers: WithCommands<typeof COMMANDS, 3, { [RESP_TYPES.BLOB_STRING]: BufferConstructor }>;
declare const maps: WithCommands<typeof COMMANDS, 3, { [RESP_TYPES.MAP]: MapConstructor; [RESP_TYPES.SET]: SetConstructor }>;

export async function strings(): Promise<void> {
  exact<string | null>()(await resp3.get('k'));
  exact<Buffer | null>()(await buffers.GET('k'));
  const set = await resp3.set('k', 'v', { expiration: { type: 'EX', value: 10 }, condition: 'NX', GET: true });
  const setString: string | null = set;
  void setString;
  // Under Buffer mapping the 'OK' literal stays (a simple string), the old value becomes a Buffer.
  exact<'OK' | Buffer | null>()(await buffers.set('k', 'v'));
  exact<Array<string | null>>()(await resp3.mGet(['a', 'b']));
  exact<'OK'>()(await resp3.mSet({ a: '1' }));
  exact<number>()(await resp3.incrBy('k', 2));
  await resp3.getEx('k', { type: 'EXAT', value: new Date() });
  // @ts-expect-error -- the expiration type is a closed set
  await resp3.set('k', 'v', { expiration: { type: 'EXX', value: 1 } });
  // @ts-expect-error -- INCRBY takes a number
  await resp3.incrBy('k', '2');
  // @ts-expect-error -- MGET takes an array of keys
  await resp3.mGet('a', 'b');
}

export async function hashes(): Promise<void> {
  await resp3.hSet('h', 'field', 'value');
  await resp3.hSet('h', { a: 1, b: 'x' });
  await resp3.hSet('h', new Map([['a', 1]]));
  await resp3.hSet('h', [['a', 1]]);
  // @ts-expect-error -- a field needs a value
  await resp3.hSet('h', 'field');
  const all = await resp3.hGetAll('h');
  exact<string>()(all.someField);
  exact<MapReply<string, string>>()(await resp2.HGETALL('h'));
  exact<Map<string, string>>()(await maps.hGetAll('h'));
  exact<{ cursor: string; entries: Array<{ field: string; value: string }> }>()(await resp3.hScan('h', '0'));
  exact<Array<string | null>>()(await resp3.hmGet('h', ['a', 'b']));
}

export async function listsSetsSortedSets(): Promise<void> {
  exact<{ key: string; element: string } | null>()(await resp3.blPop(['a', 'b'], 0));
  exact<Array<string> | null>()(await resp3.lPopCount('l', 2));
  exact<SetReply<string>>()(await resp3.sMembers('s'));
  exact<Set<string>>()(await maps.sMembers('s'));
  exact<Array<Buffer>>()(await buffers.sInter(['a', 'b']));
  exact<number | null>()(await resp2.zScore('z', 'm'));
  exact<number | null>()(await resp3.zScore('z', 'm'));
  exact<Array<{ value: string; score: number }>>()(await resp2.zRangeWithScores('z', 0, -1));
  exact<Array<{ value: string; score: number }>>()(await resp3.zRangeWithScores('z', '-inf', '+inf', { BY: 'SCORE' }));
  await resp3.zAdd('z', [{ score: 1, value: 'a' }], { condition: 'NX', CH: true });
  // @ts-expect-error -- a member needs a score
  await resp3.zAdd('z', { value: 'a' });
  // @ts-expect-error -- BY is SCORE or LEX
  await resp3.zRange('z', 0, 1, { BY: 'RANK' });
}

export async function streams(): Promise<void> {
  const read = await resp3.xRead([{ key: 's', id: '0' }], { COUNT: 10, BLOCK: 0 });
  if (read !== null) {
    exact<string>()(read[0]!.name);
    exact<string>()(read[0]!.messages[0]!.id);
    exact<string>()(read[0]!.messages[0]!.message.field);
  }
  exact<typeof read>()(await resp2.xRead({ key: 's', id: '$' }));
  const group = await resp3.xReadGroup('g', 'c', { key: 's', id: '>' });
  // A history read may return deleted entries: the message may be null.
  if (group !== null) exact<MapReply<string, string> | null>()(group[0]!.messages[0]!.message);
  exact<string>()(await resp3.xAdd('s', '*', { a: '1' }, { TRIM: { strategyModifier: '~', threshold: 1000 } }));
  // @ts-expect-error -- a message is a record of strings
  await resp3.xAdd('s', '*', { a: 1 });
}

export async function serverScriptingPubSub(): Promise<void> {
  exact<[unixTimestamp: string, microseconds: string]>()(await resp3.time());
  exact<MapReply<string, string>>()(await resp3.configGet('maxmemory'));
  await resp3.configSet({ hz: 10 });
  await resp3.configSet('hz', 10);
  exact<Record<string, number>>()(await resp3.pubSubNumSub(['a']));
  await resp3.eval('return 1', { keys: ['k'], arguments: ['1'] });
  await resp3.fCallRo('fn', { keys: ['k'] });
  exact<Array<0 | 1>>()(await resp3.scriptExists(['sha']));
  await resp3.flushAll('ASYNC');
  // @ts-expect-error -- the flush mode is ASYNC or SYNC
  await resp3.flushDb('LAZY');
}
