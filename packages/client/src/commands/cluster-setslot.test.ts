import { parseCommandArguments } from '@x/modules';
import CLUSTER_SETSLOT from './cluster-setslot';

describe('CLUSTER SETSLOT', () => {
  it("node-redis's (slot, state, nodeId) form", () => {
    expect(parseCommandArguments(CLUSTER_SETSLOT, 5, 'IMPORTING', 'abc').redisArgs).toEqual(['CLUSTER', 'SETSLOT', '5', 'IMPORTING', 'abc']);
    expect(parseCommandArguments(CLUSTER_SETSLOT, 5, 'STABLE').redisArgs).toEqual(['CLUSTER', 'SETSLOT', '5', 'STABLE']);
  });

  it("x's earlier { type, value } form sends the same", () => {
    expect(parseCommandArguments(CLUSTER_SETSLOT, 5, { type: 'MIGRATING', value: 'abc' }).redisArgs).toEqual(['CLUSTER', 'SETSLOT', '5', 'MIGRATING', 'abc']);
  });

  it('refuses a malformed state', () => {
    expect(() => parseCommandArguments(CLUSTER_SETSLOT, 5, { type: 'NODE', value: 'a' }, 'b')).toThrow(TypeError);
    expect(() => parseCommandArguments(CLUSTER_SETSLOT, 5, null as never)).toThrow(TypeError);
  });
});
