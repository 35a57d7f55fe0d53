import type { CommandParser } from './command-parser';
import type { RedisArgument } from './command';
import { parseCommandArguments } from './parse-arguments';

const MGET = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, keys: Array<RedisArgument>) {
    parser.push('MGET');
    parser.pushKeys(keys);
  },
  transformReply: undefined as unknown as () => Array<string | null>,
};

describe('parseCommandArguments', () => {
  it('returns the parser filled by the definition', () => {
    const parser = parseCommandArguments(MGET, ['a', 'b']);
    expect(parser.redisArgs).toEqual(['MGET', 'a', 'b']);
    expect(parser.keys).toEqual(['a', 'b']);
    expect(parser.firstKey).toBe('a');
    expect(parser.respVersion).toBe(3);
  });
});
