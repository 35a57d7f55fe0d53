import { TopologyReplyError } from '../errors';
import { parseClusterShards, parseClusterSlots } from './parse-shards';

const asked = { host: '10.0.0.1' };

/** A CLUSTER SHARDS node in RESP2's flat form. */
function node2(fields: Record<string, unknown>): unknown[] {
  return Object.entries(fields).flat();
}

describe('parseClusterShards', () => {
  const master = { id: 'm1', port: 7000, ip: '10.0.0.5', endpoint: 'redis-1', role: 'master', 'replication-offset': 10, health: 'online' };
  const replica = { id: 'r1', port: 7001, ip: '10.0.0.6', endpoint: 'redis-2', role: 'replica', 'replication-offset': 10, health: 'online' };

  it('reads the RESP2 form (flat key/value arrays)', () => {
    const reply = [['slots', [0, 5460], 'nodes', [node2(master), node2(replica)]]];
    expect(parseClusterShards(reply, asked)).toEqual({
      shards: [
        {
          master: { id: 'm1', host: 'redis-1', port: 7000, tlsPort: undefined, role: 'master', health: 'online' },
          replicas: [{ id: 'r1', host: 'redis-2', port: 7001, tlsPort: undefined, role: 'replica', health: 'online' }],
          slots: [[0, 5460]],
        },
      ],
    });
  });

  it('reads the RESP3 form, as plain objects and as Maps (a type mapping)', () => {
    const expected = parseClusterShards([['slots', [0, 10, 20, 30], 'nodes', [node2(master)]]], asked);
    expect(parseClusterShards([{ slots: [0, 10, 20, 30], nodes: [master] }], asked)).toEqual(expected);
    const asMap = new Map<unknown, unknown>([['slots', [0, 10, 20, 30]], ['nodes', [new Map(Object.entries(master))]]]);
    expect(parseClusterShards([asMap], asked)).toEqual(expected);
    expect(expected.shards[0]!.slots).toEqual([[0, 10], [20, 30]]);
  });

  it('reads Buffers and bigints as well as strings and numbers', () => {
    const binary = { ...master, id: Buffer.from('m1'), endpoint: Buffer.from('redis-1'), port: 7000n };
    expect(parseClusterShards([{ slots: ['0', '1'], nodes: [binary] }], asked).shards[0]!.master).toMatchObject({ id: 'm1', host: 'redis-1', port: 7000 });
  });

  it.each([
    ['an empty endpoint', { endpoint: '' }, '10.0.0.5'],
    ['an unknown endpoint (?)', { endpoint: '?' }, '10.0.0.5'],
    ['no endpoint', { endpoint: undefined }, '10.0.0.5'],
    ['no endpoint and no ip', { endpoint: null, ip: '?' }, '10.0.0.1'],
  ])('uses the ip, then the host asked, for %s', (_what, override, host) => {
    expect(parseClusterShards([{ slots: [], nodes: [{ ...master, ...override }] }], asked).shards[0]!.master.host).toBe(host);
  });

  it('keeps an IPv6 endpoint as it is', () => {
    expect(parseClusterShards([{ slots: [], nodes: [{ ...master, endpoint: '2001:db8::5' }] }], asked).shards[0]!.master.host).toBe('2001:db8::5');
  });

  it('reads the TLS port, and a port of 0 as none (a TLS-only node)', () => {
    const tlsOnly = parseClusterShards([{ slots: [], nodes: [{ ...master, port: 0, 'tls-port': 7100 }] }], asked).shards[0]!.master;
    expect(tlsOnly).toMatchObject({ port: undefined, tlsPort: 7100 });
  });

  it('reads health: online, loading, and anything else as failed', () => {
    const health = (value: string | undefined) => parseClusterShards([{ slots: [], nodes: [{ ...master, health: value }] }], asked).shards[0]!.master.health;
    expect(health('online')).toBe('online');
    expect(health(undefined)).toBe('online');
    expect(health('loading')).toBe('loading');
    expect(health('fail')).toBe('failed');
  });

  it('keeps a shard without slots (an empty master) and drops one without a master', () => {
    const shards = parseClusterShards([{ slots: [], nodes: [master] }, { slots: [0, 1], nodes: [replica] }], asked).shards;
    expect(shards).toHaveLength(1);
    expect(shards[0]!.slots).toEqual([]);
  });

  it.each([
    ['not an array', 'OK', 'expected an array of shards'],
    ['a shard that is not a record', [42], 'malformed shard'],
    ['an odd slot list', [{ slots: [0], nodes: [master] }], 'malformed slot list'],
    ['a slot out of range', [{ slots: [0, 16384], nodes: [master] }], 'slot out of range'],
    ['a negative slot', [{ slots: [-1, 3], nodes: [master] }], 'slot out of range'],
    ['no node list', [{ slots: [] }], 'no node list'],
    ['a node without an id', [{ slots: [], nodes: [{ ...master, id: '' }] }], 'has no id'],
    ['a node without a port', [{ slots: [], nodes: [{ ...master, port: undefined }] }], 'has no port'],
    ['an odd flat record', [['slots']], 'malformed shard'],
  ])('refuses %s with a TopologyReplyError', (_what, reply, message) => {
    expect(() => parseClusterShards(reply, asked)).toThrow(TopologyReplyError);
    expect(() => parseClusterShards(reply, asked)).toThrow(message);
  });
});

describe('parseClusterSlots', () => {
  it('groups the ranges of one master into one shard, with its replicas', () => {
    const reply = [
      [0, 100, ['10.0.0.5', 7000, 'm1'], ['10.0.0.6', 7001, 'r1']],
      [200, 300, ['10.0.0.5', 7000, 'm1'], ['10.0.0.6', 7001, 'r1']],
      [101, 199, ['10.0.0.7', 7002, 'm2']],
    ];
    const { shards } = parseClusterSlots(reply, asked);
    expect(shards).toHaveLength(2);
    expect(shards[0]).toEqual({
      master: { id: 'm1', host: '10.0.0.5', port: 7000, tlsPort: undefined, role: 'master', health: 'online' },
      replicas: [{ id: 'r1', host: '10.0.0.6', port: 7001, tlsPort: undefined, role: 'replica', health: 'online' }],
      slots: [[0, 100], [200, 300]],
    });
    expect(shards[1]!.slots).toEqual([[101, 199]]);
  });

  it('takes an empty host as the host asked, and makes an id from the address when there is none', () => {
    const { shards } = parseClusterSlots([[0, 1, ['', 7000]]], asked);
    expect(shards[0]!.master).toMatchObject({ host: '10.0.0.1', id: '10.0.0.1:7000' });
    const named = parseClusterSlots([[0, 1, [null, 7000]]], asked);
    expect(named.shards[0]!.master).toMatchObject({ host: '10.0.0.1', id: '10.0.0.1:7000' });
  });

  it.each([
    ['not an array', null, 'expected an array of slot ranges'],
    ['a short range', [[0, 1]], 'malformed slot range'],
    ['a node without a port', [[0, 1, ['10.0.0.5']]], 'malformed node'],
    ['a port that is not a number', [[0, 1, ['10.0.0.5', 'x']]], 'has no port'],
    ['a slot out of range', [[0, 20000, ['10.0.0.5', 7000]]], 'slot out of range'],
  ])('refuses %s with a TopologyReplyError', (_what, reply, message) => {
    expect(() => parseClusterSlots(reply, asked)).toThrow(TopologyReplyError);
    expect(() => parseClusterSlots(reply, asked)).toThrow(message);
  });
});

describe('hostile topology replies (linear time, refused before use)', () => {
  const master = ['id', 'm1', 'port', 7000, 'ip', '10.0.0.5', 'role', 'master', 'health', 'online'];

  it('refuses overlapping ranges in CLUSTER SHARDS, naming the slot', () => {
    const reply = [['slots', [0, 100], 'nodes', [master]], ['slots', [50, 60], 'nodes', [['id', 'm2', 'port', 7001, 'role', 'master']]]];
    expect(() => parseClusterShards(reply, asked)).toThrow('slot 50 is listed twice');
  });

  it('refuses overlapping ranges in CLUSTER SLOTS, and a reversed range', () => {
    expect(() => parseClusterSlots([[0, 10, ['h', 1]], [10, 20, ['h', 2]]], asked)).toThrow('slot 10 is listed twice');
    expect(() => parseClusterSlots([[20, 10, ['h', 1]]], asked)).toThrow('reversed slot range 20-10');
  });

  it('refuses a million overlapping CLUSTER SLOTS ranges at once (more ranges than slots)', () => {
    const node = ['10.0.0.5', 7000, 'm1'];
    const reply = Array.from({ length: 1_000_000 }, () => [0, 16383, node]);
    expect(() => parseClusterSlots(reply, asked)).toThrow('1000000 slot ranges, more than the 16384 slots');
  });

  it('refuses a million overlapping ranges in one CLUSTER SHARDS slot list', () => {
    const slots: number[] = [];
    for (let i = 0; i < 1_000_000; i++) slots.push(0, 16383);
    expect(() => parseClusterShards([['slots', slots, 'nodes', [master]]], asked)).toThrow('more than the 16384 slots');
  });

  it('looks at each slot once: 16384 full ranges stop at the second one', () => {
    const node = ['10.0.0.5', 7000, 'm1'];
    const reply = Array.from({ length: 16_384 }, () => [0, 16383, node]);
    expect(() => parseClusterSlots(reply, asked)).toThrow('slot 0 is listed twice');
  });

  it('reads 16384 single-slot ranges (the most a real cluster can have) into one shard each', () => {
    const reply = Array.from({ length: 16_384 }, (_, slot) => [slot, slot, ['10.0.0.5', 7000 + (slot % 3), `m${slot % 3}`]]);
    const { shards } = parseClusterSlots(reply, asked);
    expect(shards).toHaveLength(3);
    expect(shards.reduce((n, s) => n + s.slots.length, 0)).toBe(16_384);
  });

  it('refuses more shards than slots', () => {
    const reply = Array.from({ length: 16_385 }, (_, i) => ['slots', [], 'nodes', [['id', `m${i}`, 'port', 7000, 'role', 'master']]]);
    expect(() => parseClusterShards(reply, asked)).toThrow('16385 shards');
  });
});
