import type { Command } from '@x/modules';
import { HYPERLOGLOG_COMMANDS } from './hyperloglog';
import { camelTwins, wireOf, type WireRow } from './wire-table';

const commands = HYPERLOGLOG_COMMANDS as unknown as Record<string, Command>;

const ROWS: WireRow[] = [
  ['pfAdd', ['k'], ['PFADD', 'k'], ['k']],
  ['pfAdd', ['k', 'a'], ['PFADD', 'k', 'a'], ['k']],
  ['pfAdd', ['k', ['a', 'b']], ['PFADD', 'k', 'a', 'b'], ['k']],
  ['pfCount', ['k'], ['PFCOUNT', 'k'], ['k']],
  ['pfCount', [['a', 'b']], ['PFCOUNT', 'a', 'b'], ['a', 'b']],
  // node-redis's sources are optional: PFMERGE dst alone creates an empty HyperLogLog.
  ['pfMerge', ['dst'], ['PFMERGE', 'dst'], ['dst']],
  ['pfMerge', ['dst', 'a'], ['PFMERGE', 'dst', 'a'], ['dst', 'a']],
  ['pfMerge', ['dst', ['a', 'b']], ['PFMERGE', 'dst', 'a', 'b'], ['dst', 'a', 'b']],
];

describe('the hyperloglog group', () => {
  it('registers every command under both names, as one definition', () => {
    for (const [upper, camel] of camelTwins(HYPERLOGLOG_COMMANDS)) {
      expect([upper, camel].every((n) => n !== '')).toBe(true);
    }
  });

  it.each(ROWS)('%s %j', (method, args, wire, keys) => {
    expect(wireOf(commands[method]!, args)).toEqual({ wire, keys });
  });
});
