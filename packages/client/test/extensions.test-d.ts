// Type tests: checked by `tsc` (`pnpm lint`), never run. The issue's definitions, verbatim, give typed
// methods on createClient and on its multi() (no declaration merging); each `@ts-expect-error` line
// must fail to compile.
import { createClient, defineScript, RESP_TYPES } from '../src';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function exact<EXPECTED>() {
  return <ACTUAL>(_value: ACTUAL, ..._check: Equal<ACTUAL, EXPECTED> extends true ? [] : ['types differ']): void => {};
}

export async function issueDefinitionsOnAClient(): Promise<void> {
  const client = await createClient({
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
        incrBy2: {
          parseCommand(parser, key: string) { parser.push('INCRBY'); parser.pushKey(key); parser.push('2'); },
          transformReply: { 2: (r: number) => String(r), 3: (r: number) => r },
        },
      },
    },
  }).connect();

  exact<Promise<number>>()(client.add('k', 2));
  exact<Promise<number>>()(client.mylib.square('k'));
  exact<Promise<number>>()(client.counter.incrBy2('c')); // RESP3 (the default): the `3` transform
  // @ts-expect-error toAdd is a number
  void client.add('k', '2');
  // @ts-expect-error square takes a key
  void client.mylib.square(1);
  exact<Promise<[number, number, number]>>()(client.multi().add('k', 1).mylib.square('k').counter.incrBy2('c').exec<'typed'>());
  // @ts-expect-error a wrong argument in a multi is a compile error too
  void client.multi().mylib.square();
  // The type mapping does not touch numbers.
  exact<Promise<number>>()(client.withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer }).add('k', 1));
}

export function respVersionPicksTheTransform(): void {
  const client = createClient({
    RESP: 2,
    modules: { counter: { incrBy2: { parseCommand(parser, key: string) { parser.pushKey(key); }, transformReply: { 2: (r: number) => String(r), 3: (r: number) => r } } } },
  });
  exact<Promise<string>>()(client.counter.incrBy2('c'));
}

export function nothingGiven(): void {
  const client = createClient();
  // @ts-expect-error no extension was given: no namespace exists
  void client.counter;
  exact<Promise<string | null>>()(client.get('k'));
}
