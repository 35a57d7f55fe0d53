import { getTransformReply, parseCommandArguments } from '@x/modules';
import CONFIG_SET from './config-set';

describe('CONFIG SET', () => {
  it('is keyless', () => {
    expect(CONFIG_SET.NOT_KEYED_COMMAND).toBe(true);
    expect('IS_READ_ONLY' in CONFIG_SET).toBe(false);
    expect(parseCommandArguments(CONFIG_SET, 'maxmemory', '10mb').keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(CONFIG_SET, 'maxmemory', '10mb').redisArgs).toEqual(['CONFIG', 'SET', 'maxmemory', '10mb']);
    expect(parseCommandArguments(CONFIG_SET, 'hz', 20).redisArgs).toEqual(['CONFIG', 'SET', 'hz', '20']);
    expect(parseCommandArguments(CONFIG_SET, { hz: 20, 'maxmemory-policy': 'allkeys-lru' }).redisArgs).toEqual(['CONFIG', 'SET', 'hz', '20', 'maxmemory-policy', 'allkeys-lru']);
    expect(parseCommandArguments(CONFIG_SET, Buffer.from('hz'), '10').redisArgs).toEqual(['CONFIG', 'SET', Buffer.from('hz'), '10']);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(CONFIG_SET, 2)).toBeUndefined();
    expect(getTransformReply(CONFIG_SET, 3)).toBeUndefined();
  });
});
