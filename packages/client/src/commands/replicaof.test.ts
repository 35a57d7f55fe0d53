import { parseCommandArguments } from '@x/modules';
import REPLICAOF from './replicaof';
import RESTORE_ASKING from './restore-asking';

describe('REPLICAOF / RESTORE-ASKING argument forms', () => {
  it("REPLICAOF: node-redis's host and port, x's earlier objects", () => {
    expect(parseCommandArguments(REPLICAOF, 'h', 6379).redisArgs).toEqual(['REPLICAOF', 'h', '6379']);
    expect(parseCommandArguments(REPLICAOF, 'NO', 'ONE').redisArgs).toEqual(['REPLICAOF', 'NO', 'ONE']);
    expect(parseCommandArguments(REPLICAOF, { type: 'host-port', host: 'h', port: 1 }).redisArgs).toEqual(['REPLICAOF', 'h', '1']);
    expect(parseCommandArguments(REPLICAOF, { type: 'no-one' }).redisArgs).toEqual(['REPLICAOF', 'NO', 'ONE']);
    expect(() => parseCommandArguments(REPLICAOF, 'h' as never)).toThrow(TypeError);
    expect(() => parseCommandArguments(REPLICAOF, { type: 'nope' } as never)).toThrow(TypeError);
  });

  it("RESTORE-ASKING: node-redis's bare name, x's full command with its key", () => {
    expect(parseCommandArguments(RESTORE_ASKING).redisArgs).toEqual(['RESTORE-ASKING']);
    const parser = parseCommandArguments(RESTORE_ASKING, 'k', 0, 'payload', { REPLACE: true, FREQ: 5 });
    expect(parser.redisArgs).toEqual(['RESTORE-ASKING', 'k', '0', 'payload', 'REPLACE', 'FREQ', '5']);
    expect(parser.keys).toEqual(['k']);
    expect(() => parseCommandArguments(RESTORE_ASKING, 'k')).toThrow(TypeError);
  });
});
