// "Is the cluster stable?" — one poll over every live node. Stable means: every live node says
// cluster_state:ok and knows every node; all live nodes hold the same CLUSTER NODES and CLUSTER SLOTS
// views (ids, announced addresses, roles, masters, config epochs, slots); every live node is healthy
// in every view and every node the harness knows is down is flagged `fail` in every view; every live
// replica's link is up with its offset caught up to its master's.
import { notYet, done, type PollResult } from '../wait-for';
import type { RespStringReply } from '../resp2-reader';
import { parseClusterNodes, parseClusterSlots, type NodeEntry } from './cluster-nodes';

/** What a convergence poll needs to know about one node. */
export interface ProbeNode {
  /** The node id (known after the cluster was created). */
  id: string;
  /** The real port, for messages. */
  port: number;
  /** The port every view must show for this node (the announced one, if announcing). */
  expectedPort: number;
  /** Running (not killed, stopped or paused). */
  live: boolean;
  command(...args: Array<string | number>): Promise<RespStringReply>;
}

/** The agreed state after a successful poll. */
export interface ClusterSnapshot {
  /** The agreed CLUSTER NODES entries (from one live node; `myself` cleared). */
  entries: NodeEntry[];
  /** Open (migrating/importing) slots each node reports about itself, by node id. */
  openSlots: Map<string, { migrating: Map<number, string>; importing: Map<number, string> }>;
}

const PROBE_TIMEOUT_MS = 3000;

function infoField(text: string, field: string): string | undefined {
  const match = new RegExp(`^${field}:(.*)$`, 'm').exec(text);
  return match?.[1]?.trim();
}

function normalizeNodes(entries: NodeEntry[]): string {
  return entries
    .map((e) => {
      const flags = e.flags.filter((f) => f === 'fail' || f === 'handshake' || f === 'noaddr').sort();
      const slots = e.slots.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(',');
      return `${e.id} ${e.host}:${e.port}@${e.busPort} ${e.role} ${e.masterId ?? '-'} ${e.configEpoch} [${flags.join(',')}] ${slots}`;
    })
    .sort()
    .join('\n');
}

function normalizeSlots(reply: RespStringReply): string {
  return parseClusterSlots(reply)
    .map((r) => `${r.start}-${r.end} ${r.master.id}@${r.master.port} ${r.replicas.map((n) => `${n.id}@${n.port}`).sort().join(',')}`)
    .sort()
    .join('\n');
}

interface NodeReport {
  node: ProbeNode;
  clusterInfo: string;
  entries: NodeEntry[];
  slots: string;
  replication: string;
}

async function probe(node: ProbeNode): Promise<NodeReport> {
  const [clusterInfo, nodes, slots, replication] = await Promise.all([
    node.command('CLUSTER', 'INFO'),
    node.command('CLUSTER', 'NODES'),
    node.command('CLUSTER', 'SLOTS'),
    node.command('INFO', 'replication'),
  ]);
  return { node, clusterInfo: String(clusterInfo), entries: parseClusterNodes(String(nodes)), slots: normalizeSlots(slots), replication: String(replication) };
}

/** One convergence poll; `notYet` says what is not agreed yet. */
export async function pollConvergence(nodes: ReadonlyArray<ProbeNode>): Promise<PollResult<ClusterSnapshot>> {
  const live = nodes.filter((n) => n.live);
  if (live.length === 0) return notYet('no live node');
  const timeout = <T>(promise: Promise<T>, node: ProbeNode): Promise<T> =>
    Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`node :${node.port} did not answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS).unref())]);
  const reports = await Promise.all(live.map((node) => timeout(probe(node), node)));

  for (const r of reports) {
    const state = infoField(r.clusterInfo, 'cluster_state');
    if (state !== 'ok') return notYet(`node :${r.node.port} cluster_state:${state}`);
    const known = Number(infoField(r.clusterInfo, 'cluster_known_nodes'));
    if (known !== nodes.length) return notYet(`node :${r.node.port} knows ${known} of ${nodes.length} nodes`);
    for (const node of nodes) {
      const entry = r.entries.find((e) => e.id === node.id);
      if (entry === undefined) return notYet(`node :${r.node.port} does not know ${node.id}`);
      const bad = entry.flags.filter((f) => ['fail', 'fail?', 'handshake', 'noaddr'].includes(f));
      if (node.live && bad.length > 0) return notYet(`node :${r.node.port} flags live node :${node.port} ${bad.join(',')}`);
      if (!node.live && !entry.flags.includes('fail')) return notYet(`node :${r.node.port} does not yet flag down node :${node.port} as fail`);
      if (entry.port !== node.expectedPort) return notYet(`node :${r.node.port} sees :${node.port} at port ${entry.port}, not ${node.expectedPort}`);
    }
  }

  const [first, ...others] = reports as [NodeReport, ...NodeReport[]];
  const nodesView = normalizeNodes(first.entries);
  for (const r of others) {
    if (normalizeNodes(r.entries) !== nodesView) return notYet(`CLUSTER NODES of :${r.node.port} differs from :${first.node.port}`);
    if (r.slots !== first.slots) return notYet(`CLUSTER SLOTS of :${r.node.port} differs from :${first.node.port}`);
  }

  // Roles as each node reports itself must match the agreed view; replicas must be in sync.
  const byId = new Map(reports.map((r) => [r.node.id, r]));
  for (const r of reports) {
    const entry = first.entries.find((e) => e.id === r.node.id) as NodeEntry;
    const role = infoField(r.replication, 'role');
    if ((entry.role === 'master') !== (role === 'master')) return notYet(`node :${r.node.port} says role:${role}, the view says ${entry.role}`);
    if (entry.role !== 'replica' || entry.masterId === undefined) continue;
    const master = byId.get(entry.masterId);
    if (master === undefined) continue; // its master is down: nothing to be in sync with
    if (infoField(r.replication, 'master_link_status') !== 'up') return notYet(`replica :${r.node.port} master_link_status:${infoField(r.replication, 'master_link_status')}`);
    if (infoField(r.replication, 'master_sync_in_progress') !== '0') return notYet(`replica :${r.node.port} still syncing`);
    const masterOffset = infoField(master.replication, 'master_repl_offset');
    const replicaOffset = infoField(r.replication, 'slave_repl_offset');
    if (masterOffset !== replicaOffset) return notYet(`replica :${r.node.port} offset ${replicaOffset}, master :${master.node.port} at ${masterOffset}`);
  }
  for (const r of reports) {
    const entry = first.entries.find((e) => e.id === r.node.id) as NodeEntry;
    if (entry.role !== 'master') continue;
    // At least: a paused replica's connection stays open (and "online") until repl-timeout.
    const liveReplicas = first.entries.filter((e) => e.masterId === entry.id && byId.has(e.id)).length;
    const online = (r.replication.match(/^slave\d+:.*state=online/gm) ?? []).length;
    if (online < liveReplicas) return notYet(`master :${r.node.port} has ${online} online replicas, expected ${liveReplicas}`);
  }

  const openSlots = new Map<string, { migrating: Map<number, string>; importing: Map<number, string> }>();
  for (const r of reports) {
    const mine = r.entries.find((e) => e.myself);
    if (mine) openSlots.set(mine.id, { migrating: mine.migrating, importing: mine.importing });
  }
  return done({ entries: first.entries.map((e) => ({ ...e, myself: false })), openSlots });
}
