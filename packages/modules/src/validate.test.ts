import { BasicCommandParser } from './command-parser';
import { DefinitionNameConflictError, InvalidDefinitionError, NumberOfKeysError } from './errors';
import { defineScript } from './script';
import {
  assertNumberOfKeys,
  collectReservedNames,
  validateCommand,
  validateConfig,
  validateFunction,
  validateScript,
} from './validate';

const command = { parseCommand() {}, transformReply: undefined };
const script = defineScript({ SCRIPT: 'return 1', NUMBER_OF_KEYS: 0, ...command });

function thrown(fn: () => void): Error & { code?: string } {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a throw');
}

describe('collectReservedNames', () => {
  class Base {
    connect() {}
    get isOpen() {
      return true;
    }
  }

  it('has the methods and getters of the whole prototype chain, Object.prototype included', () => {
    const names = collectReservedNames(Base.prototype);
    for (const name of ['connect', 'isOpen', 'constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect(names.has(name)).toBe(true);
    }
  });

  it('adds the command names and extra names', () => {
    const names = collectReservedNames(Base.prototype, { GET: command, get: command }, ['options']);
    expect(names.has('GET')).toBe(true);
    expect(names.has('get')).toBe(true);
    expect(names.has('options')).toBe(true);
    expect(names.has('json')).toBe(false);
  });
});

describe('validateCommand / validateScript / validateFunction', () => {
  it('accepts well-formed definitions', () => {
    expect(() => validateCommand('c', command)).not.toThrow();
    expect(() => validateCommand('c', { ...command, transformReply: { 2: () => 1, 3: undefined } })).not.toThrow();
    expect(() => validateScript('s', script)).not.toThrow();
    expect(() => validateFunction('f', { ...command, NUMBER_OF_KEYS: 2 })).not.toThrow();
  });

  it('rejects a non-function parseCommand, naming the definition', () => {
    const err = thrown(() => validateCommand('modules.json.get', { parseCommand: 'GET', transformReply: undefined }));
    expect(err).toBeInstanceOf(InvalidDefinitionError);
    expect(err.code).toBe('ERR_INVALID_DEFINITION');
    expect(err.message).toBe('Invalid definition modules.json.get: parseCommand must be a function');
  });

  it('rejects a definition that is not an object', () => {
    expect(thrown(() => validateCommand('modules.x.y', null)).message).toBe(
      'Invalid definition modules.x.y: a definition must be an object',
    );
  });

  it('rejects a malformed transformReply', () => {
    expect(thrown(() => validateCommand('c', { ...command, transformReply: 'x' })).message).toBe(
      'Invalid definition c: transformReply must be a function, { 2, 3 } or undefined',
    );
    expect(thrown(() => validateCommand('c', { ...command, transformReply: { 2: 1 } })).message).toBe(
      'Invalid definition c: transformReply[2] must be a function or undefined',
    );
  });

  it('rejects a script without SCRIPT', () => {
    const err = thrown(() => validateScript('scripts.incrMax', { ...command, SHA1: 'abc' }));
    expect(err).toBeInstanceOf(InvalidDefinitionError);
    expect(err.message).toBe(
      'Invalid definition scripts.incrMax: a script needs SCRIPT (its Lua source, a string or Buffer)',
    );
  });

  it('rejects a script without SHA1, pointing at defineScript', () => {
    expect(thrown(() => validateScript('scripts.s', { ...command, SCRIPT: 'return 1' })).message).toBe(
      'Invalid definition scripts.s: a script needs its SHA1: create it with defineScript({ SCRIPT, ... })',
    );
  });

  it('rejects a NUMBER_OF_KEYS that is not a non-negative integer', () => {
    expect(thrown(() => validateFunction('functions.lib.f', { ...command, NUMBER_OF_KEYS: -1 })).message).toBe(
      'Invalid definition functions.lib.f: NUMBER_OF_KEYS must be a non-negative integer, got -1',
    );
    expect(thrown(() => validateScript('scripts.s', { ...script, NUMBER_OF_KEYS: 1.5 })).message).toBe(
      'Invalid definition scripts.s: NUMBER_OF_KEYS must be a non-negative integer, got 1.5',
    );
  });
});

describe('validateConfig', () => {
  const reserved = new Set(['get', 'GET', 'connect', 'constructor']);

  it('accepts modules, functions and scripts with free names', () => {
    expect(() =>
      validateConfig(
        { modules: { json: { get: command } }, functions: { mylib: { square: command } }, scripts: { incrMax: script } },
        reserved,
      ),
    ).not.toThrow();
  });

  it('lets module commands and functions reuse built-in names inside their namespace', () => {
    expect(() => validateConfig({ modules: { json: { get: command, GET: command } } }, reserved)).not.toThrow();
  });

  it.each([
    [{ modules: { connect: { x: command } } }, 'modules.connect', 'connect'],
    [{ functions: { get: { x: command } } }, 'functions.get', 'get'],
    [{ scripts: { GET: script } }, 'scripts.GET', 'GET'],
    [{ scripts: { constructor: script } }, 'scripts.constructor', 'constructor'],
  ])('rejects a name that shadows a built-in: %j', (config, where, name) => {
    const err = thrown(() => validateConfig(config, reserved)) as DefinitionNameConflictError;
    expect(err).toBeInstanceOf(DefinitionNameConflictError);
    expect(err.code).toBe('ERR_DEFINITION_NAME_CONFLICT');
    expect(err.definition).toBe(where);
    expect(err.conflictingName).toBe(name);
    expect(err.message).toBe(`Invalid definition ${where}: the name "${name}" would shadow a built-in command or method`);
  });

  it('rejects the same name used by a module, a library and a script', () => {
    const err = thrown(() =>
      validateConfig({ modules: { tools: { x: command } }, scripts: { tools: script } }, reserved),
    );
    expect(err.message).toBe('Invalid definition scripts.tools: the name "tools" would shadow modules.tools');
    expect(
      thrown(() => validateConfig({ modules: { lib: { x: command } }, functions: { lib: { y: command } } }, reserved))
        .message,
    ).toBe('Invalid definition functions.lib: the name "lib" would shadow modules.lib');
  });

  it('validates every definition, with its path', () => {
    expect(
      thrown(() => validateConfig({ modules: { json: { get: { parseCommand: 1, transformReply: undefined } } } } as never, reserved))
        .message,
    ).toBe('Invalid definition modules.json.get: parseCommand must be a function');
    expect(
      thrown(() => validateConfig({ functions: { lib: { f: { ...command, NUMBER_OF_KEYS: 'one' } } } } as never, reserved))
        .message,
    ).toBe('Invalid definition functions.lib.f: NUMBER_OF_KEYS must be a non-negative integer, got one');
    expect(thrown(() => validateConfig({ scripts: { s: command } } as never, reserved)).message).toBe(
      'Invalid definition scripts.s: a script needs SCRIPT (its Lua source, a string or Buffer)',
    );
  });

  it('rejects a namespace that is not an object, and a bad RESP', () => {
    expect(thrown(() => validateConfig({ modules: { json: 5 } } as never, reserved)).message).toBe(
      'Invalid definition modules.json: must be an object',
    );
    expect(thrown(() => validateConfig({ RESP: 4 } as never, reserved)).message).toBe(
      'Invalid definition RESP: must be 2 or 3, got 4',
    );
  });
});

describe('assertNumberOfKeys', () => {
  it('passes when the count matches or none is declared', () => {
    const parser = new BasicCommandParser();
    parser.pushKey('a');
    expect(() => assertNumberOfKeys('scripts.s', 1, parser)).not.toThrow();
    expect(() => assertNumberOfKeys('scripts.s', undefined, parser)).not.toThrow();
  });

  it('throws a NumberOfKeysError naming the definition and both counts', () => {
    const parser = new BasicCommandParser();
    parser.pushKeys(['a', 'b']);
    const err = thrown(() => assertNumberOfKeys('functions.mylib.square', 1, parser)) as NumberOfKeysError;
    expect(err).toBeInstanceOf(NumberOfKeysError);
    expect(err.code).toBe('ERR_NUMBER_OF_KEYS');
    expect(err.expected).toBe(1);
    expect(err.actual).toBe(2);
    expect(err.message).toBe('functions.mylib.square declares NUMBER_OF_KEYS 1 but its parseCommand pushed 2 keys');
  });
});
