// Type tests: checked by `tsc` (`pnpm lint`), never run. The arguments and replies of the definitions
// — the issue's example, verbatim, and the @x/search module package — flow to the methods of the
// cluster and of its multi(), with no declaration merging. Each `@ts-expect-error` line must fail to
// compile: a wrong argument that starts compiling breaks the lint.
import { ft, type InfoReply, type SearchNoContentReply, type SearchReply } from '@x/search';
import { createCluster, defineScript, RESP_TYPES } from '../src';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
// `exact<T>()(value)`: compiles only when the value's type is exactly T.
function exact<EXPECTED>() {
  return <ACTUAL>(_value: ACTUAL, ..._check: Equal<ACTUAL, EXPECTED> extends true ? [] : ['types differ']): void => {};
}

declare const rootNodes: Array<{ url: string }>;

export async function issueExample(): Promise<void> {
  // Verbatim: `parser` is not annotated; its type comes from the contract.
  const cluster = await createCluster({
    rootNodes,
    scripts: {
      add: defineScript({
        SCRIPT: 'return redis.call("GET", KEYS[1]) + ARGV[1];',
        NUMBER_OF_KEYS: 1,
        parseCommand(parser, key: string, toAdd: number) { parser.pushKey(key); parser.push(toAdd.toString()); },
        transformReply: (reply: number) => reply,
      }),
    },
    functions: {
      mylib: {
        square: { IS_READ_ONLY: true, NUMBER_OF_KEYS: 1, parseCommand(parser, key: string) { parser.pushKey(key); }, transformReply: (r: number) => r },
      },
    },
    modules: {
      counter: {
        incrBy2: { parseCommand(parser, key: string) { parser.push('INCRBY'); parser.pushKey(key); parser.push('2'); }, transformReply: (r: number) => r },
      },
    },
  }).connect();

  exact<Promise<number>>()(cluster.add('k', 2));
  exact<Promise<number>>()(cluster.mylib.square('k'));
  exact<Promise<number>>()(cluster.counter.incrBy2('c'));
  // @ts-expect-error toAdd is a number
  void cluster.add('k', '2');
  // @ts-expect-error the key is missing
  void cluster.add();
  // @ts-expect-error square takes one key
  void cluster.mylib.square('k', 'extra');
  // @ts-expect-error no such function in the library
  void cluster.mylib.cube('k');
  // @ts-expect-error no such module
  void cluster.nosuchmodule;
  // The namespaces node-redis's `redis` package bundles are there without being asked for.
  void cluster.json;
  void cluster.tDigest;

  // multi(): each queued extension adds its reply type to the tuple.
  exact<Promise<[number, number, number]>>()(cluster.multi().add('{t}k', 1).mylib.square('{t}k').counter.incrBy2('{t}c').exec<'typed'>());
  // @ts-expect-error a wrong argument in a multi is a compile error too
  void cluster.multi().add('k', 'one');
  // node-redis's cluster forms of the raw commands, on the multi and after a chained command.
  // (addCommand keeps the reply tuple as it was, as node-redis's.)
  exact<Promise<[number]>>()(cluster.multi().add('{t}k', 1).addCommand('{t}k', true, ['GET', '{t}k']).exec<'typed'>());
  void cluster.multi('{t}k').sendCommand(['GET', '{t}k'], { firstKey: '{t}k' }).add('{t}k', 2).execAsPipeline();
}

export async function moduleFromAnotherPackage(): Promise<void> {
  const cluster = createCluster({ rootNodes, modules: { ft } });
  exact<Promise<'OK'>>()(cluster.ft.create('idx', { title: { type: 'TEXT', WEIGHT: 2 }, n: 'NUMERIC' }));
  exact<Promise<SearchReply>>()(cluster.ft.search('idx', 'hello', { LIMIT: { from: 0, size: 5 }, SORTBY: { BY: 'n', DIRECTION: 'DESC' } }));
  exact<Promise<SearchNoContentReply>>()(cluster.ft.SEARCH_NOCONTENT('idx', '*'));
  exact<Promise<InfoReply>>()(cluster.ft.info('idx'));
  exact<Promise<Record<string, string> | null>>()(cluster.ft.get('idx', '{idx}:1'));
  const { documents } = await cluster.ft.search('idx', 'hello');
  exact<string>()(documents[0]!.id);
  exact<Record<string, string>>()(documents[0]!.value);
  // Under a Buffer type mapping the strings of the reply are Buffers; the numbers stay numbers.
  const buffers = await cluster.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).ft.search('idx', 'hello');
  exact<number>()(buffers.total);
  exact<Record<string, Buffer>>()(buffers.documents[0]!.value);
  // @ts-expect-error LIMIT is { from, size }
  void cluster.ft.search('idx', 'hello', { LIMIT: 10 });
  // @ts-expect-error not a field type of RediSearch 1.2
  void cluster.ft.create('idx', { v: 'VECTOR' });
  // @ts-expect-error the document's fields are required
  void cluster.ft.add('idx', '{idx}:1');
  exact<Promise<[SearchReply, 'OK']>>()(cluster.multi().ft.search('idx', 'q').ft.drop('idx').exec<'typed'>());
}

export function nothingGiven(): void {
  const cluster = createCluster({ rootNodes });
  // @ts-expect-error no extension was given: no namespace exists
  void cluster.mylib;
  exact<Promise<string | null>>()(cluster.get('k'));
  // The function-library option takes library code.
  createCluster({ rootNodes, functionLibraries: ['#!lua name=mylib\n…'] });
  // @ts-expect-error library code, not a definition
  createCluster({ rootNodes, functionLibraries: [{ name: 'mylib' }] });
}
