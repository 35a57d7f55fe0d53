import type { CommandParser } from './command-parser';
import { createParse } from './create-parse';
import { NumberOfKeysError } from './errors';

const SET = {
  parseCommand(parser: CommandParser, key: string, value: string) {
    parser.push('SET');
    parser.pushKey(key);
    parser.push(value);
  },
  transformReply: undefined,
};

const VARIADIC = {
  NUMBER_OF_KEYS: 2,
  parseCommand(parser: CommandParser, ...keys: Array<string>) {
    parser.pushKeys(keys);
  },
  transformReply: undefined,
};

describe('createParse', () => {
  it('fills a new parser for the RESP version, every call', () => {
    const parse = createParse(SET, 2);
    const first = parse(['k', 'v']);
    expect(first.redisArgs).toEqual(['SET', 'k', 'v']);
    expect(first.keys).toEqual(['k']);
    expect(first.respVersion).toBe(2);
    expect(parse(['j', 'w'])).not.toBe(first);
  });

  it('passes any number of arguments through', () => {
    const parse = createParse({ ...VARIADIC, NUMBER_OF_KEYS: undefined }, 3);
    for (const n of [0, 1, 2, 3, 4, 7]) {
      const keys = Array.from({ length: n }, (_, i) => `k${i}`);
      expect(parse(keys).redisArgs).toEqual(keys);
    }
  });

  it('with a prefix: pushes it first and checks NUMBER_OF_KEYS, naming where', () => {
    const parse = createParse(VARIADIC, 3, ['FCALL', 'f', '2'], 'functions.lib.f');
    expect(parse(['a', 'b']).redisArgs).toEqual(['FCALL', 'f', '2', 'a', 'b']);
    expect(() => parse(['a'])).toThrow(NumberOfKeysError);
    expect(() => parse(['a'])).toThrow(/functions\.lib\.f/);
  });

  it('throws what parseCommand throws', () => {
    const parse = createParse(
      {
        parseCommand() {
          throw new TypeError('bad argument');
        },
        transformReply: undefined,
      },
      3,
    );
    expect(() => parse([])).toThrow('bad argument');
  });
});
