import { startRedisServer, type RedisServer } from '@x/test-utils';
import type { RedisScript } from '@x/modules';
import {
  createClient,
  defineScript,
  DefinitionNameConflictError,
  InvalidDefinitionError,
  NumberOfKeysError,
  type CommandParser,
} from '../src';

// The definitions (a script, a function library, a module) on createClient against a real
// server: what is sent is read from INFO commandstats through the harness, never through the client.

let server: RedisServer;

const MYLIB = `#!lua name=mylib
redis.register_function{function_name='square', callback=function(keys, args)
  local v = tonumber(redis.call('GET', keys[1])) or 0
  return v * v
end, flags={'no-writes'}}`;

beforeAll(async () => {
  server = await startRedisServer();
  await server.command('FUNCTION', 'LOAD', 'REPLACE', MYLIB);
});

afterAll(async () => {
  await server?.stop();
});

async function stats(command: string): Promise<{ calls: number; failed: number }> {
  const line = (await server.info('commandstats'))[`cmdstat_${command}`];
  if (line === undefined) return { calls: 0, failed: 0 };
  return { calls: Number(/calls=(\d+)/.exec(line)![1]), failed: Number(/failed_calls=(\d+)/.exec(line)![1]) };
}

/** The issue example's definitions, verbatim, on a client. */
function connect(RESP: 2 | 3 = 3) {
  return createClient({
    RESP,
    socket: { host: server.host, port: server.port },
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
}

it.each([3, 2] as const)('RESP%i: the same definitions on createClient — EVALSHA, NOSCRIPT → EVAL, then EVALSHA; FCALL_RO; a module command', async (RESP) => {
  const client = await connect(RESP);
  try {
    await server.command('SCRIPT', 'FLUSH');
    await client.set('k', '40');
    await client.del('c');
    const before = { evalsha: await stats('evalsha'), eval: await stats('eval'), fcall: await stats('fcall_ro'), incrby: await stats('incrby') };
    await expect(client.add('k', 2)).resolves.toBe(42);
    await expect(client.add('k', 3)).resolves.toBe(43);
    await expect(client.mylib.square('k')).resolves.toBe(1600);
    await expect(client.counter.incrBy2('c')).resolves.toBe(2);
    expect(await stats('evalsha')).toEqual({ calls: before.evalsha.calls + 2, failed: before.evalsha.failed + 1 });
    expect((await stats('eval')).calls).toBe(before.eval.calls + 1);
    expect((await stats('fcall_ro')).calls).toBe(before.fcall.calls + 1);
    expect((await stats('incrby')).calls).toBe(before.incrby.calls + 1);
  } finally {
    client.destroy();
  }
});

it('after SCRIPT FLUSH, the next call loads the script again (EVAL) and succeeds', async () => {
  const client = await connect();
  try {
    await client.set('f', '1');
    await expect(client.add('f', 1)).resolves.toBe(2);
    await server.command('SCRIPT', 'FLUSH');
    const [evalsha, evalCalls] = [await stats('evalsha'), await stats('eval')];
    await expect(client.add('f', 2)).resolves.toBe(3);
    expect(await stats('evalsha')).toEqual({ calls: evalsha.calls + 1, failed: evalsha.failed + 1 });
    expect((await stats('eval')).calls).toBe(evalCalls.calls + 1);
  } finally {
    client.destroy();
  }
});

it('in multi(): the script, the function and the module command queue, chain and resolve typed', async () => {
  const client = await connect();
  try {
    await server.command('SCRIPT', 'FLUSH');
    await client.del('mc');
    const execBefore = await stats('exec');
    const replies = await client.multi().set('mk', '5').add('mk', 2).mylib.square('mk').counter.incrBy2('mc').add('mk', 1).exec<'typed'>();
    expect(replies).toEqual(['OK', 7, 25, 2, 6]);
    const [, added, squared, counted]: [unknown, number, number, number, number] = replies;
    expect([added, squared, counted]).toEqual([7, 25, 2]);
    expect((await stats('exec')).calls).toBe(execBefore.calls + 1);
  } finally {
    client.destroy();
  }
});

describe('definition errors at createClient time', () => {
  const socket = { host: '127.0.0.1', port: 1 }; // never connected: the errors come first

  it('a script without SCRIPT (not made by defineScript): InvalidDefinitionError naming it', () => {
    const noSource = { NUMBER_OF_KEYS: 1, SHA1: 'x', parseCommand() {}, transformReply: undefined } as unknown as RedisScript;
    expect(() => createClient({ socket, scripts: { add: noSource } })).toThrow(InvalidDefinitionError);
    expect(() => createClient({ socket, scripts: { add: noSource } })).toThrow('Invalid definition scripts.add: a script needs SCRIPT');
  });

  it('defineScript without SCRIPT: InvalidDefinitionError before the client is even created', () => {
    expect(() => defineScript({ NUMBER_OF_KEYS: 1, parseCommand() {}, transformReply: undefined } as unknown as Parameters<typeof defineScript>[0])).toThrow(
      'Invalid definition defineScript: SCRIPT (the Lua source, a string or Buffer) is missing',
    );
  });

  it('names that shadow a built-in command or a client method: DefinitionNameConflictError naming them', () => {
    const script = defineScript({ SCRIPT: 'return 1', NUMBER_OF_KEYS: 0, parseCommand() {}, transformReply: undefined });
    expect(() => createClient({ socket, scripts: { set: script } })).toThrow(DefinitionNameConflictError);
    expect(() => createClient({ socket, modules: { connect: {} } })).toThrow('Invalid definition modules.connect: the name "connect" would shadow');
    expect(() => createClient({ socket, functions: { _commandOptions: {} } })).toThrow(DefinitionNameConflictError);
  });

  it('keys pushed that do not match NUMBER_OF_KEYS: the call rejects with NumberOfKeysError naming the definition; nothing is sent', async () => {
    const square = {
      NUMBER_OF_KEYS: 1,
      parseCommand(parser: CommandParser, keys: string[]) { parser.pushKeys(keys); },
      transformReply: undefined as unknown as () => number,
    };
    const strict = await createClient({ socket: { host: server.host, port: server.port }, functions: { mylib: { square } } }).connect();
    try {
      const before = await stats('fcall');
      const error = await strict.mylib.square(['a', 'b']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NumberOfKeysError);
      expect((error as Error).message).toBe('functions.mylib.square declares NUMBER_OF_KEYS 1 but its parseCommand pushed 2 keys');
      expect(await stats('fcall')).toEqual(before);
    } finally {
      strict.destroy();
    }
  });
});

it('options given to sendCommand add to the view\'s options instead of replacing them', async () => {
  const client = await createClient({ socket: { host: server.host, port: server.port } }).connect();
  try {
    await client.set('review:tm', 'v');
    const view = client.withTypeMapping({ 36: Buffer });
    expect(await view.sendCommand(['GET', 'review:tm'], { timeout: 1_000 })).toEqual(Buffer.from('v'));
  } finally {
    client.destroy();
  }
});

it('an extension cannot be named after an instance field', () => {
  expect(() =>
    createClient({ modules: { options: { x: { parseCommand(parser) { parser.push('PING'); }, transformReply: undefined as unknown as () => string } } } }),
  ).toThrow(/options/);
});
