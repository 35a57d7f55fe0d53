// Type tests: checked by `tsc -p tsconfig.json`, never run. The methods the bf, cf and cms records
// become, their parameters and their replies per protocol and type mapping.
import type { BlobStringReply, RedisArgument, RESP_TYPES, WithModules } from '@x/modules';
import type { cf } from '../cf';
import type { cms } from '../cms';
import type { bf } from '.';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | undefined {
  return undefined;
}

type Modules = { bf: typeof bf; cf: typeof cf; cms: typeof cms };
type NoMapping = Record<never, never>;
type Resp3 = WithModules<Modules, 3, NoMapping>;
type Resp2 = WithModules<Modules, 2, NoMapping>;
type AsMap = WithModules<Modules, 3, { [RESP_TYPES.MAP]: MapConstructor }>;
type AsStrings = WithModules<Modules, 2, { [RESP_TYPES.NUMBER]: StringConstructor }>;
type AsBuffers = WithModules<Modules, 3, { [RESP_TYPES.BLOB_STRING]: BufferConstructor }>;
/** The reply of method `M` of namespace `N` of client type `C`. */
type Reply<C, N extends keyof Modules, M extends string> = C extends { [K in N]: { [K2 in M]: (...args: never) => Promise<infer R> } } ? R : never;

export function replies(): void {
  assertType<Equal<Reply<Resp3, 'bf', 'add'>, boolean>>();
  assertType<Equal<Reply<Resp2, 'bf', 'mExists'>, Array<boolean>>>();
  assertType<Equal<Reply<Resp3, 'bf', 'CARD'>, number>>();
  assertType<Equal<Reply<AsStrings, 'bf', 'card'>, `${number}`>>();
  assertType<Equal<Reply<Resp3, 'bf', 'reserve'>, 'OK'>>();
  assertType<Equal<Reply<Resp3, 'cf', 'insertNX'>, Array<-1 | 0 | 1>>>();
  assertType<Equal<Reply<Resp3, 'cms', 'query'>, Array<number>>>();

  type BfInfo = Reply<Resp3, 'bf', 'info'>;
  assertType<Equal<BfInfo['Capacity'], number>>();
  assertType<Equal<BfInfo['Expansion rate'], number | null>>();
  type BfKeys = 'Capacity' | 'Size' | 'Number of filters' | 'Number of items inserted' | 'Expansion rate';
  assertType<Equal<Reply<AsMap, 'bf', 'info'>, Map<BfKeys, number | null>>>();
  type CmsInfo = Reply<Resp2, 'cms', 'info'>;
  assertType<Equal<CmsInfo['width'], number>>();
  assertType<Equal<CmsInfo['cell size'], number | undefined>>();
  assertType<Equal<Reply<AsMap, 'cms', 'info'>, Map<'width' | 'depth' | 'count' | 'cell size', number>>>();

  assertType<Equal<Reply<Resp3, 'bf', 'scanDump'>, { iterator: number; chunk: BlobStringReply }>>();
  assertType<Equal<Reply<AsBuffers, 'bf', 'scanDump'>, { iterator: number; chunk: Buffer }>>();
  assertType<Equal<Reply<Resp3, 'cf', 'scanDump'>, { iterator: number; chunk: BlobStringReply | null }>>();
}

export function parameters(client: Resp3): void {
  assertType<Equal<Parameters<Resp3['bf']['add']>, [key: RedisArgument, item: RedisArgument]>>();
  void client.bf.insert('k', ['a', Buffer.from('b')], { CAPACITY: 10, ERROR: 0.01, EXPANSION: 2, NOCREATE: true, NONSCALING: true });
  void client.cf.reserve('k', 100, { BUCKETSIZE: 2, MAXITERATIONS: 20, EXPANSION: 1 });
  void client.cms.incrBy('k', { item: 'a', incrementBy: 1 });
  void client.cms.merge('d', [{ name: 'a', weight: 2 }]);
  void client.cms.initByDim('k', 10, 5, { CELL_SIZE: 4 });
  // @ts-expect-error -- CELL_SIZE is 1, 2, 4 or 8
  void client.cms.initByProb('k', 0.01, 0.01, { CELL_SIZE: 3 });
  // @ts-expect-error -- the merge sources are all names or all weighted
  void client.cms.merge('d', ['a', { name: 'b', weight: 1 }]);
  // @ts-expect-error -- capacity is a number
  void client.bf.reserve('k', 0.01, '100');
}
