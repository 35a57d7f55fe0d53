import { createHash } from 'node:crypto';
import { defineScript, scriptArgumentsPrefix, scriptEvalArguments, scriptSha1 } from './script';
import type { BasicCommandParser } from './command-parser';
import type { RedisScriptConfig } from './command';
import { InvalidDefinitionError } from './errors';

const SOURCE = "return redis.call('GET', KEYS[1])";

describe('scripts', () => {
  it('scriptSha1 is the lowercase hex SHA1 Redis uses (SCRIPT LOAD of "return 1")', () => {
    // `redis-cli SCRIPT LOAD "return 1"` answers this SHA1.
    expect(scriptSha1('return 1')).toBe('e0e1f9fabfc9d4800c877a703b823ac0578ff8db');
    expect(scriptSha1(Buffer.from('return 1'))).toBe('e0e1f9fabfc9d4800c877a703b823ac0578ff8db');
  });

  it('defineScript without SCRIPT is an InvalidDefinitionError, not a crypto TypeError', () => {
    const noScript = { NUMBER_OF_KEYS: 1, parseCommand() {}, transformReply: undefined } as unknown as RedisScriptConfig;
    expect(() => defineScript(noScript)).toThrow(InvalidDefinitionError);
    expect(() => defineScript(noScript)).toThrow('Invalid definition defineScript: SCRIPT (the Lua source, a string or Buffer) is missing');
  });

  it('defineScript adds the SHA1 once and keeps the definition', () => {
    const config = {
      SCRIPT: SOURCE,
      NUMBER_OF_KEYS: 1,
      IS_READ_ONLY: true,
      parseCommand(parser: BasicCommandParser, key: string) {
        parser.pushKey(key);
      },
      transformReply: undefined as unknown as () => string | null,
    };
    const script = defineScript(config);
    expect(script.SHA1).toBe(createHash('sha1').update(SOURCE).digest('hex'));
    expect(script.SCRIPT).toBe(SOURCE);
    expect(script.parseCommand).toBe(config.parseCommand);
    expect(script).not.toBe(config);
    expect('SHA1' in config).toBe(false);
  });

  it('the prefix is EVALSHA(_RO) sha numkeys, numkeys only when declared', () => {
    const base = { SCRIPT: SOURCE, parseCommand() {}, transformReply: undefined };
    expect(scriptArgumentsPrefix(defineScript({ ...base, NUMBER_OF_KEYS: 2 }))).toEqual([
      'EVALSHA',
      scriptSha1(SOURCE),
      '2',
    ]);
    expect(scriptArgumentsPrefix(defineScript({ ...base, IS_READ_ONLY: true, NUMBER_OF_KEYS: 0 }))).toEqual([
      'EVALSHA_RO',
      scriptSha1(SOURCE),
      '0',
    ]);
    expect(scriptArgumentsPrefix(defineScript(base))).toEqual(['EVALSHA', scriptSha1(SOURCE)]);
  });

  it('scriptEvalArguments swaps in EVAL(_RO) and the source without touching the original', () => {
    const script = defineScript({ SCRIPT: SOURCE, NUMBER_OF_KEYS: 1, parseCommand() {}, transformReply: undefined });
    const args = [...scriptArgumentsPrefix(script), 'key', 'arg'];
    expect(scriptEvalArguments(script, args)).toEqual(['EVAL', SOURCE, '1', 'key', 'arg']);
    expect(args[0]).toBe('EVALSHA');
    const ro = defineScript({ ...script, IS_READ_ONLY: true });
    expect(scriptEvalArguments(ro, scriptArgumentsPrefix(ro))[0]).toBe('EVAL_RO');
  });
});
