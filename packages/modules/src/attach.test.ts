import { attach, attachCommands } from './attach';
import type { Command, RedisArgument, TransformReply } from './command';
import { commandFactories, type CommandFactories } from './command-factories';
import type { CommandParser } from './command-parser';
import { DefinitionNameConflictError, InvalidDefinitionError, NumberOfKeysError } from './errors';
import type { CommandExecutor } from './executor';
import { withOptionsProxy } from './options-proxy';
import { defineScript, scriptSha1 } from './script';

interface Sent {
  kind: 'command' | 'script';
  args: ReadonlyArray<RedisArgument>;
  keys: ReadonlyArray<RedisArgument>;
  options: Record<string, unknown> | undefined;
  executor: unknown;
}

// A recording executor: what a client or cluster would send, and with which options and `this`.
class Recorder implements CommandExecutor {
  static sent: Array<Sent> = [];
  _commandOptions: Record<string, unknown> | undefined;
  reply: unknown = 'reply';

  constructor(readonly label = 'instance') {}

  _executeCommand(_command: Command, parser: CommandParser, transformReply: TransformReply | undefined) {
    Recorder.sent.push({ kind: 'command', args: parser.redisArgs, keys: parser.keys, options: this._commandOptions, executor: this });
    return Promise.resolve(transformReply ? transformReply(this.reply, parser.preserve) : this.reply);
  }

  _executeScript(_script: Command, parser: CommandParser, transformReply: TransformReply | undefined) {
    Recorder.sent.push({ kind: 'script', args: parser.redisArgs, keys: parser.keys, options: this._commandOptions, executor: this });
    return Promise.resolve(transformReply ? transformReply(this.reply, parser.preserve) : this.reply);
  }

  ownMethod() {
    return this.label;
  }
}

const GET = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('GET');
    parser.pushKey(key);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;

const INCR = {
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.push('INCR');
    parser.pushKey(key);
  },
  transformReply: { 2: (reply: unknown) => `resp2:${String(reply)}`, 3: (reply: unknown) => `resp3:${String(reply)}` },
} as const satisfies Command;

const COMMANDS = { GET, get: GET, INCR, incr: INCR };

const jsonModule = {
  get: {
    IS_READ_ONLY: true,
    parseCommand(parser: CommandParser, key: RedisArgument, path: string) {
      parser.push('JSON.GET');
      parser.pushKey(key);
      parser.push(path);
    },
    transformReply: (reply: unknown) => `json:${String(reply)}`,
  },
} satisfies Record<string, Command>;

const square = {
  NUMBER_OF_KEYS: 1,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, key: RedisArgument, times: number) {
    parser.pushKey(key);
    parser.push(String(times));
  },
  transformReply: undefined,
};

const incrMax = defineScript({
  SCRIPT: 'return redis.call("INCR", KEYS[1])',
  NUMBER_OF_KEYS: 1,
  parseCommand(parser: CommandParser, key: RedisArgument) {
    parser.pushKey(key);
  },
  transformReply: undefined,
});

const config = { modules: { json: jsonModule }, functions: { mylib: { square } }, scripts: { incrMax } };

type Dynamic = Recorder & Record<string, (...args: Array<unknown>) => Promise<unknown>> & {
  json: Record<string, (...args: Array<unknown>) => Promise<unknown>>;
  mylib: Record<string, (...args: Array<unknown>) => Promise<unknown>>;
};

function build(options?: { config?: typeof config | { RESP: 2 } }) {
  const Class = attach({ BaseClass: Recorder, commands: COMMANDS, factories: commandFactories, config: options?.config });
  return Class;
}

beforeEach(() => {
  Recorder.sent = [];
});

describe('attach: built-in commands', () => {
  it('adds both spellings as prototype methods that parse and execute on the instance', async () => {
    const Class = build();
    const client = new Class() as Dynamic;
    expect(Object.hasOwn(client, 'get')).toBe(false);
    await expect(client.get('k')).resolves.toBe('reply');
    await expect(client.GET('k2')).resolves.toBe('reply');
    expect(Recorder.sent.map((s) => [s.args, s.keys])).toEqual([
      [['GET', 'k'], ['k']],
      [['GET', 'k2'], ['k2']],
    ]);
    expect(Recorder.sent[0]!.executor).toBe(client);
  });

  it('keeps the base class: instanceof, its own methods, its name', () => {
    const Class = build();
    const client = new Class('mine');
    expect(client).toBeInstanceOf(Recorder);
    expect(client.ownMethod()).toBe('mine');
    expect(Class.name).toBe('Recorder');
  });

  it('chooses transformReply by the RESP version (default 3)', async () => {
    const resp3 = new (build())() as Dynamic;
    const resp2 = new (build({ config: { RESP: 2 } }))() as Dynamic;
    await expect(resp3.incr('k')).resolves.toBe('resp3:reply');
    await expect(resp2.incr('k')).resolves.toBe('resp2:reply');
  });

  it('methods are not enumerable, like class methods', () => {
    const Class = build();
    expect(Object.keys(Class.prototype)).toEqual([]);
  });

  it('a parseCommand that throws makes the method reject, not throw', async () => {
    const BAD = {
      parseCommand(parser: CommandParser, n: number) {
        if (n < 0) throw new RangeError('n must be positive');
        parser.push(String(n));
      },
      transformReply: undefined,
    };
    const Class = attach({ BaseClass: Recorder, commands: { BAD }, factories: commandFactories });
    const client = new Class() as Dynamic;
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = client.BAD(-1);
    }).not.toThrow();
    await expect(promise).rejects.toThrow(RangeError);
    expect(Recorder.sent).toEqual([]);
  });
});

describe('attach: class caching', () => {
  it('returns the same class for the same configuration object', () => {
    expect(build({ config })).toBe(build({ config }));
    expect(build()).toBe(build());
  });

  it('another configuration object with the same extension objects reuses the class (a client per node, duplicate())', () => {
    expect(build({ config: { ...config } })).toBe(build({ config }));
  });

  it('other extension objects get their own class, sharing the commands layer', () => {
    const a = build({ config });
    const b = build({ config: { ...config, modules: { ...config.modules } } });
    expect(a).not.toBe(b);
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
    expect(Object.getPrototypeOf(a)).toBe(build());
  });

  it('RESP versions get different classes', () => {
    expect(build({ config: { RESP: 2 } })).not.toBe(build());
  });

  it('calls the factories once per definition, not per call or per instance', async () => {
    const calls: Array<string> = [];
    const counting: CommandFactories<CommandExecutor> = {
      createCommand: (command, resp, name) => (calls.push(`command:${name}`), commandFactories.createCommand(command, resp, name)),
      createFunctionCommand: (name, fn, resp, library) => (
        calls.push(`function:${library}.${name}`), commandFactories.createFunctionCommand(name, fn, resp, library)
      ),
      createScriptCommand: (script, resp, name) => (
        calls.push(`script:${name}`), commandFactories.createScriptCommand(script, resp, name)
      ),
    };
    const cfg = { ...config };
    const commands = { GET };
    const Class = attach({ BaseClass: Recorder, commands, factories: counting, config: cfg });
    expect(attach({ BaseClass: Recorder, commands, factories: counting, config: cfg })).toBe(Class);
    const a = new Class() as Dynamic;
    const b = new Class() as Dynamic;
    await a.GET('x');
    await b.json.get!('x', '$');
    expect(calls.sort()).toEqual(['command:GET', 'command:json.get', 'function:mylib.square', 'script:incrMax']);
  });
});

describe('attach: modules and functions as namespaces', () => {
  it('module commands run on the instance the namespace was read from', async () => {
    const Class = build({ config });
    const a = new Class('a') as Dynamic;
    const b = new Class('b') as Dynamic;
    await expect(a.json.get!('doc', '$.x')).resolves.toBe('json:reply');
    await b.json.get!('doc2', '$');
    expect(Recorder.sent.map((s) => [(s.executor as Recorder).label, s.args, s.keys])).toEqual([
      ['a', ['JSON.GET', 'doc', '$.x'], ['doc']],
      ['b', ['JSON.GET', 'doc2', '$'], ['doc2']],
    ]);
  });

  it('the namespace object is created once per instance', () => {
    const Class = build({ config });
    const a = new Class() as Dynamic;
    const b = new Class() as Dynamic;
    expect(a.json).toBe(a.json);
    expect(a.json).not.toBe(b.json);
    expect(Object.getPrototypeOf(a.json)).toBe(Object.getPrototypeOf(b.json));
  });

  it('functions go under their library with the FCALL(_RO) name numkeys prefix', async () => {
    const client = new (build({ config }))() as Dynamic;
    await client.mylib.square!('k', 3);
    expect(Recorder.sent[0]!.args).toEqual(['FCALL_RO', 'square', '1', 'k', '3']);
    expect(Recorder.sent[0]!.keys).toEqual(['k']);
    expect(Recorder.sent[0]!.kind).toBe('command');
  });

  it('a function call that pushes the wrong number of keys is rejected before it is sent', async () => {
    const two = { ...square, parseCommand: (parser: CommandParser) => parser.pushKeys(['a', 'b']) };
    const client = new (build({ config: { ...config, functions: { mylib: { square: two } } } }))() as Dynamic;
    const err = await client.mylib.square!().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NumberOfKeysError);
    expect((err as Error).message).toBe('functions.mylib.square declares NUMBER_OF_KEYS 1 but its parseCommand pushed 2 keys');
    expect(Recorder.sent).toEqual([]);
  });
});

describe('attach: scripts', () => {
  it('a script is a method sending EVALSHA sha numkeys through _executeScript', async () => {
    const client = new (build({ config }))() as Dynamic;
    await client.incrMax('counter');
    expect(Recorder.sent).toHaveLength(1);
    expect(Recorder.sent[0]!.kind).toBe('script');
    expect(Recorder.sent[0]!.args).toEqual(['EVALSHA', scriptSha1(incrMax.SCRIPT), '1', 'counter']);
    expect(Recorder.sent[0]!.keys).toEqual(['counter']);
  });

  it('a script call with the wrong number of keys is rejected before it is sent', async () => {
    const byKeys = defineScript({ ...incrMax, parseCommand: (parser: CommandParser, keys: Array<string>) => parser.pushKeys(keys) });
    const client = new (build({ config: { scripts: { incrMax: byKeys } } as never }))() as Dynamic;
    const err = await client.incrMax([]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NumberOfKeysError);
    expect((err as Error).message).toBe('scripts.incrMax declares NUMBER_OF_KEYS 1 but its parseCommand pushed 0 keys');
    expect(Recorder.sent).toEqual([]);
  });
});

describe('attach: options proxies', () => {
  it('commands on a proxy carry its options and run with the proxy as this', async () => {
    const client = new (build({ config }))() as Dynamic;
    client._commandOptions = { timeout: 1000 };
    const proxy = withOptionsProxy(client, { typeMapping: 'buffers' }) as Dynamic;
    await proxy.get('k');
    await client.get('k');
    expect(Recorder.sent.map((s) => s.options)).toEqual([{ timeout: 1000, typeMapping: 'buffers' }, { timeout: 1000 }]);
    expect(Recorder.sent[0]!.executor).toBe(proxy);
  });

  it('a namespace read from a proxy is bound to the proxy, even after the instance cached its own', async () => {
    const client = new (build({ config }))() as Dynamic;
    const own = client.json; // cached on the instance first
    const proxy = withOptionsProxy(client, { abortSignal: 'signal' }) as Dynamic;
    expect(proxy.json).not.toBe(own);
    expect(proxy.json).toBe(proxy.json);
    expect(client.json).toBe(own);
    await proxy.json.get!('k', '$');
    await proxy.mylib.square!('k', 2);
    await client.json.get!('k', '$');
    expect(Recorder.sent.map((s) => s.executor)).toEqual([proxy, proxy, client]);
    expect(Recorder.sent.map((s) => s.options)).toEqual([{ abortSignal: 'signal' }, { abortSignal: 'signal' }, undefined]);
  });

  it('proxies layer: options merge, the original is untouched', () => {
    const client = new Recorder();
    client._commandOptions = { a: 1 };
    const p1 = withOptionsProxy(client, { b: 2 });
    const p2 = withOptionsProxy(p1, { a: 3 });
    expect(p2._commandOptions).toEqual({ a: 3, b: 2 });
    expect(p1._commandOptions).toEqual({ a: 1, b: 2 });
    expect(client._commandOptions).toEqual({ a: 1 });
    expect(Object.getPrototypeOf(p2)).toBe(p1);
  });
});

describe('attach: validation', () => {
  it('rejects a script named like a built-in command', () => {
    expect(() => build({ config: { ...config, scripts: { get: incrMax } } as never })).toThrow(DefinitionNameConflictError);
  });

  it('rejects a namespace named like a method of the base class', () => {
    expect(() => build({ config: { modules: { ownMethod: jsonModule } } as never })).toThrow(
      'Invalid definition modules.ownMethod: the name "ownMethod" would shadow a built-in command or method',
    );
  });

  it('rejects names the caller reserves (instance fields)', () => {
    expect(() =>
      attach({
        BaseClass: Recorder,
        commands: COMMANDS,
        factories: commandFactories,
        config: { modules: { label: jsonModule } },
        reservedNames: ['label'],
      }),
    ).toThrow(DefinitionNameConflictError);
  });

  it('rejects a malformed script before building a class', () => {
    expect(() => build({ config: { scripts: { s: { SCRIPT: 'return 1' } } } as never })).toThrow(InvalidDefinitionError);
  });
});

describe('attachCommands', () => {
  it('a method the base class defines wins over a built-in command of the same name', async () => {
    class WithOwnGet extends Recorder {
      get(key: string) {
        return Promise.resolve(`own:${key}`);
      }
    }
    const client = new (attach({ BaseClass: WithOwnGet, commands: COMMANDS, factories: commandFactories }))() as WithOwnGet & Dynamic;
    await expect(client.get('k')).resolves.toBe('own:k');
    await expect(client.GET('k')).resolves.toBe('reply');
    expect(Recorder.sent.map((s) => s.args)).toEqual([['GET', 'k']]);
  });

  it('attaches to any prototype', async () => {
    class Plain extends Recorder {}
    attachCommands(Plain.prototype, { GET }, commandFactories, 3);
    await (new Plain() as unknown as Dynamic).GET('z');
    expect(Recorder.sent[0]!.args).toEqual(['GET', 'z']);
  });
});
