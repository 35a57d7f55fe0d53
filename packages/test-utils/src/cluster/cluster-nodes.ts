// Parsers for one node's view of the cluster: `CLUSTER NODES` text and the `CLUSTER SLOTS` reply.
import type { RespStringReply } from '../resp2-reader';

/** One line of `CLUSTER NODES`, as seen by the node that was asked. */
export interface NodeEntry {
  id: string;
  host: string;
  /** The announced client port (the TLS port when asked over TLS on a tls-cluster). */
  port: number;
  busPort: number;
  flags: string[];
  /** The node that answered is this one. */
  myself: boolean;
  role: 'master' | 'replica';
  /** For a replica, its master's id. */
  masterId: string | undefined;
  configEpoch: number;
  linkState: string;
  /** Owned slot ranges, inclusive. */
  slots: Array<[number, number]>;
  /** Open slots as the node sees its own: `[slot->-target]` (migrating) and `[slot-<-source]` (importing). */
  migrating: Map<number, string>;
  importing: Map<number, string>;
}

/** Parses `CLUSTER NODES` text. */
export function parseClusterNodes(text: string): NodeEntry[] {
  const entries: NodeEntry[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const [id, address, flagText, master, , , epoch, linkState, ...slotTokens] = trimmed.split(' ');
    if (id === undefined || address === undefined || flagText === undefined || epoch === undefined) {
      throw new Error(`CLUSTER NODES: malformed line ${JSON.stringify(trimmed)}`);
    }
    // ip:port@cport[,hostname]
    const match = /^(.*):(\d+)@(\d+)/.exec(address);
    const flags = flagText.split(',');
    const entry: NodeEntry = {
      id,
      host: match?.[1] ?? '',
      port: Number(match?.[2] ?? 0),
      busPort: Number(match?.[3] ?? 0),
      flags,
      myself: flags.includes('myself'),
      role: flags.includes('master') ? 'master' : 'replica',
      masterId: master === undefined || master === '-' ? undefined : master,
      configEpoch: Number(epoch),
      linkState: linkState ?? '',
      slots: [],
      migrating: new Map(),
      importing: new Map(),
    };
    for (const token of slotTokens) {
      const open = /^\[(\d+)-([<>])-([0-9a-f]+)\]$/.exec(token);
      if (open) {
        (open[2] === '>' ? entry.migrating : entry.importing).set(Number(open[1]), open[3] as string);
        continue;
      }
      const [start, end] = token.split('-');
      entry.slots.push([Number(start), Number(end ?? start)]);
    }
    entries.push(entry);
  }
  return entries;
}

/** One range of `CLUSTER SLOTS`: the master's and replicas' ids and announced addresses. */
export interface SlotRange {
  start: number;
  end: number;
  master: { host: string; port: number; id: string };
  replicas: Array<{ host: string; port: number; id: string }>;
}

/** Parses the `CLUSTER SLOTS` reply. */
export function parseClusterSlots(reply: RespStringReply): SlotRange[] {
  if (!Array.isArray(reply)) throw new Error('CLUSTER SLOTS: not an array');
  return reply.map((range) => {
    if (!Array.isArray(range) || range.length < 3) throw new Error('CLUSTER SLOTS: malformed range');
    const [start, end, ...nodes] = range;
    const node = (raw: RespStringReply): { host: string; port: number; id: string } => {
      if (!Array.isArray(raw)) throw new Error('CLUSTER SLOTS: malformed node');
      return { host: String(raw[0]), port: Number(raw[1]), id: String(raw[2]) };
    };
    const [master, ...replicas] = nodes.map(node);
    if (master === undefined) throw new Error('CLUSTER SLOTS: range without master');
    return { start: Number(start), end: Number(end), master, replicas };
  });
}

/** A slot → master id table from `CLUSTER NODES` entries (undefined: unassigned). */
export function slotTable(entries: ReadonlyArray<NodeEntry>): Array<string | undefined> {
  const table = new Array<string | undefined>(16384).fill(undefined);
  for (const entry of entries) {
    if (entry.role !== 'master') continue;
    for (const [start, end] of entry.slots) for (let slot = start; slot <= end; slot++) table[slot] = entry.id;
  }
  return table;
}
