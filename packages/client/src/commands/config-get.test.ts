import { getTransformReply, parseCommandArguments, RESP_TYPES } from '@x/modules';
import CONFIG_GET from './config-get';

describe('CONFIG GET', () => {
  it('is keyless; one parameter or many', () => {
    expect(CONFIG_GET.NOT_KEYED_COMMAND).toBe(true);
    expect(CONFIG_GET.IS_READ_ONLY).toBe(true); // replica-safe, as node-redis routes it
    const parser = parseCommandArguments(CONFIG_GET, 'maxmemory*');
    expect(parser.redisArgs).toEqual(['CONFIG', 'GET', 'maxmemory*']);
    expect(parser.keys).toEqual([]);
    expect(parseCommandArguments(CONFIG_GET, ['hz', 'maxclients']).redisArgs).toEqual(['CONFIG', 'GET', 'hz', 'maxclients']);
  });

  it('RESP2: the flat array becomes { name: value }', () => {
    expect(CONFIG_GET.transformReply[2](['maxmemory', '0', 'hz', '10'])).toEqual({ maxmemory: '0', hz: '10' });
  });

  it('RESP2 under MAP: Map', () => {
    expect(CONFIG_GET.transformReply[2](['hz', '10'], undefined, { [RESP_TYPES.MAP]: Map })).toEqual(new Map([['hz', '10']]));
  });

  it('RESP3: the decoded map passes through', () => {
    expect(getTransformReply(CONFIG_GET, 3)).toBeUndefined();
  });
});
