import { SLOT_COUNT } from './key-slot';
import type { Topology, TopologyNode, TopologyShard } from './topology';
import { TopologyReplyError } from '../errors';
import { checkRangeCount, SlotClaims } from './slot-claims';

/** Where the reply came from: an endpoint reported as NULL, `""` or `?` means this host. */
export interface AskedNode {
  host: string;
}

/**
 * Parses `CLUSTER SHARDS` (Redis 7+), in its RESP2 form (flat key/value arrays) or its RESP3 form
 * (maps, decoded as plain objects or `Map`s). Shards without slots (empty masters) are kept; a shard
 * whose master is unknown is dropped. Time is linear in the reply: a slot listed twice, or more
 * ranges than slots, refuses the reply (a TopologyReplyError) before any of it is used.
 */
export function parseClusterShards(reply: unknown, asked: AskedNode): Topology {
  if (!Array.isArray(reply)) throw new TopologyReplyError('CLUSTER SHARDS: expected an array of shards');
  // Empty masters are legal, but more shards than slots is no real cluster (Redis advises at most
  // ~1000 nodes): refused before a connection is made to each.
  if (reply.length > SLOT_COUNT) throw new TopologyReplyError(`CLUSTER SHARDS: ${reply.length} shards, more than the ${SLOT_COUNT} slots`);
  const claims = new SlotClaims('CLUSTER SHARDS');
  let ranges = 0;
  const shards: TopologyShard[] = [];
  for (const rawShard of reply) {
    const shard = toRecord(rawShard, 'shard');
    const slots = parseSlotList(shard.get('slots'));
    ranges += slots.length;
    checkRangeCount(ranges, 'CLUSTER SHARDS');
    for (const [start, end] of slots) claims.claim(start, end);
    const rawNodes = shard.get('nodes');
    if (!Array.isArray(rawNodes)) throw new TopologyReplyError('CLUSTER SHARDS: a shard has no node list');
    let master: TopologyNode | undefined;
    const replicas: TopologyNode[] = [];
    for (const rawNode of rawNodes) {
      const node = parseShardNode(toRecord(rawNode, 'node'), asked);
      if (node.role === 'master') master = node;
      else replicas.push(node);
    }
    if (master !== undefined) shards.push({ master, replicas, slots });
  }
  return { shards };
}

function parseShardNode(node: Map<string, unknown>, asked: AskedNode): TopologyNode {
  const id = text(node.get('id'));
  if (id === undefined || id === '') throw new TopologyReplyError('CLUSTER SHARDS: a node has no id');
  const port = integer(node.get('port'));
  const tlsPort = integer(node.get('tls-port'));
  if (port === undefined && tlsPort === undefined) throw new TopologyReplyError(`CLUSTER SHARDS: node ${id} has no port`);
  const role = text(node.get('role'));
  const health = text(node.get('health'));
  return {
    id,
    host: hostOf(text(node.get('endpoint')), text(node.get('ip')), asked),
    port: port === 0 ? undefined : port,
    tlsPort: tlsPort === 0 ? undefined : tlsPort,
    role: role === 'master' ? 'master' : 'replica',
    health: health === undefined || health === 'online' ? 'online' : health === 'loading' ? 'loading' : 'failed',
  };
}

/**
 * Parses `CLUSTER SLOTS` (the fallback before Redis 7): `[start, end, [host, port, id, …], replicas…]`
 * per range. It says nothing of health: every node listed is taken as online.
 */
export function parseClusterSlots(reply: unknown, asked: AskedNode): Topology {
  if (!Array.isArray(reply)) throw new TopologyReplyError('CLUSTER SLOTS: expected an array of slot ranges');
  checkRangeCount(reply.length, 'CLUSTER SLOTS');
  const claims = new SlotClaims('CLUSTER SLOTS');
  const byMaster = new Map<string, TopologyShard>();
  for (const range of reply) {
    if (!Array.isArray(range) || range.length < 3) throw new TopologyReplyError('CLUSTER SLOTS: malformed slot range');
    const start = slotNumber(range[0]);
    const end = slotNumber(range[1]);
    claims.claim(start, end);
    const master = parseSlotsNode(range[2], 'master', asked);
    let shard = byMaster.get(master.id);
    if (shard === undefined) {
      shard = { master, replicas: [], slots: [] };
      byMaster.set(master.id, shard);
      for (let i = 3; i < range.length; i++) shard.replicas.push(parseSlotsNode(range[i], 'replica', asked));
    }
    shard.slots.push([start, end]);
  }
  return { shards: [...byMaster.values()] };
}

function parseSlotsNode(raw: unknown, role: 'master' | 'replica', asked: AskedNode): TopologyNode {
  if (!Array.isArray(raw) || raw.length < 2) throw new TopologyReplyError('CLUSTER SLOTS: malformed node');
  const port = integer(raw[1]);
  if (port === undefined) throw new TopologyReplyError('CLUSTER SLOTS: a node has no port');
  const host = hostOf(text(raw[0]), undefined, asked);
  const id = text(raw[2]) ?? `${host}:${port}`;
  return { id, host, port, tlsPort: undefined, role, health: 'online' };
}

/** NULL, `""` and `?` all mean "the address you asked": the node does not know its own. */
function hostOf(endpoint: string | undefined, ip: string | undefined, asked: AskedNode): string {
  if (endpoint !== undefined && endpoint !== '' && endpoint !== '?') return endpoint;
  if (ip !== undefined && ip !== '' && ip !== '?') return ip;
  return asked.host;
}

function parseSlotList(raw: unknown): Array<[number, number]> {
  if (!Array.isArray(raw) || raw.length % 2 !== 0) throw new TopologyReplyError('CLUSTER SHARDS: malformed slot list');
  checkRangeCount(raw.length / 2, 'CLUSTER SHARDS');
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < raw.length; i += 2) ranges.push([slotNumber(raw[i]), slotNumber(raw[i + 1])]);
  return ranges;
}

function slotNumber(raw: unknown): number {
  const n = integer(raw);
  if (n === undefined || n < 0 || n >= SLOT_COUNT) throw new TopologyReplyError(`slot out of range: ${String(raw)}`);
  return n;
}

/** RESP2 gives `[k, v, k, v]`, RESP3 a map (plain object, or Map under a type mapping). */
function toRecord(raw: unknown, what: string): Map<string, unknown> {
  if (raw instanceof Map) {
    const out = new Map<string, unknown>();
    for (const [k, v] of raw) out.set(String(k), v);
    return out;
  }
  if (Array.isArray(raw)) {
    if (raw.length % 2 !== 0) throw new TopologyReplyError(`CLUSTER SHARDS: malformed ${what}`);
    const out = new Map<string, unknown>();
    for (let i = 0; i < raw.length; i += 2) out.set(String(raw[i]), raw[i + 1]);
    return out;
  }
  if (typeof raw === 'object' && raw !== null) return new Map(Object.entries(raw));
  throw new TopologyReplyError(`CLUSTER SHARDS: malformed ${what}`);
}

function text(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  if (Buffer.isBuffer(raw)) return raw.toString();
  return undefined;
}

function integer(raw: unknown): number | undefined {
  if (typeof raw === 'number' && Number.isInteger(raw)) return raw;
  if (typeof raw === 'bigint') return Number(raw);
  if (typeof raw === 'string' && /^\d+$/.test(raw)) return Number(raw);
  return undefined;
}
