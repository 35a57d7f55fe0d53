import { parseCommandArguments } from '@x/modules';
import ACL_DRYRUN from './acl-dryrun';

describe('ACL DRYRUN', () => {
  it("node-redis's command array", () => {
    expect(parseCommandArguments(ACL_DRYRUN, 'u', ['GET', 'key']).redisArgs).toEqual(['ACL', 'DRYRUN', 'u', 'GET', 'key']);
  });

  it("x's earlier name-then-arguments form", () => {
    expect(parseCommandArguments(ACL_DRYRUN, 'u', 'GET', 'key').redisArgs).toEqual(['ACL', 'DRYRUN', 'u', 'GET', 'key']);
    expect(parseCommandArguments(ACL_DRYRUN, 'u', 'GET', ['key', 'x']).redisArgs).toEqual(['ACL', 'DRYRUN', 'u', 'GET', 'key', 'x']);
    expect(parseCommandArguments(ACL_DRYRUN, 'u', 'PING').redisArgs).toEqual(['ACL', 'DRYRUN', 'u', 'PING']);
  });

  it('refuses an empty command and both forms at once', () => {
    expect(() => parseCommandArguments(ACL_DRYRUN, 'u', [])).toThrow(TypeError);
    expect(() => parseCommandArguments(ACL_DRYRUN, 'u', ['GET'], 'key')).toThrow(TypeError);
  });
});
