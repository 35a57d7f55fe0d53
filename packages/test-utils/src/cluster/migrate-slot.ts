// Live resharding of one slot, the way redis-cli --cluster reshard does it:
// SETSLOT IMPORTING on the target, MIGRATING on the source, GETKEYSINSLOT + MIGRATE ... KEYS,
// then SETSLOT NODE on the target, the source and every other master.
import type { ServerAuth } from '../redis-server';
import type { ClusterNode } from './cluster-node';

/** Options of `migrateSlot`. */
export interface MigrateSlotOptions {
  /**
   * Stop with the slot open (source MIGRATING, target IMPORTING) after moving only some keys, so a
   * client gets `-ASK` for the moved ones. Call `finish()` on the result to complete the move.
   */
  stopHalfway?: boolean;
  /** With `stopHalfway`: how many keys to move before stopping (default: half, rounded down; 0 moves none). */
  keysBeforeStop?: number;
}

/** A slot move, done or (with `stopHalfway`) in progress. */
export interface SlotMigration {
  readonly slot: number;
  readonly source: ClusterNode;
  readonly target: ClusterNode;
  /** Keys (UTF-8) already on the target. */
  readonly movedKeys: ReadonlyArray<string>;
  /** Keys (UTF-8) still on the source. Empty once finished. */
  readonly remainingKeys: ReadonlyArray<string>;
  /** Whether the slot now belongs to the target everywhere. */
  readonly finished: boolean;
  /** Moves the remaining keys, assigns the slot to the target on every master and waits until stable. */
  finish(): Promise<void>;
}

/** What a migration needs from its cluster. */
export interface MigrationContext {
  auth: ServerAuth | undefined;
  /** Every master that is running, for the final SETSLOT NODE. */
  liveMasters(): ClusterNode[];
  waitForStable(): Promise<void>;
}

const BATCH = 100;
const MIGRATE_TIMEOUT_MS = 5000;

function authArgs(auth: ServerAuth | undefined): string[] {
  if (auth === undefined) return [];
  return auth.username === undefined ? ['AUTH', auth.password] : ['AUTH2', auth.username, auth.password];
}

async function keysInSlot(node: ClusterNode, slot: number, count: number): Promise<Buffer[]> {
  const reply = await node.commandWith({ buffers: true }, 'CLUSTER', 'GETKEYSINSLOT', slot, count);
  return Array.isArray(reply) ? (reply as Buffer[]) : [];
}

async function migrateKeys(context: MigrationContext, source: ClusterNode, target: ClusterNode, keys: Buffer[]): Promise<void> {
  if (keys.length === 0) return;
  // The real port: with announcePorts the announced one has no listener.
  await source.command('MIGRATE', '127.0.0.1', target.port, '', 0, MIGRATE_TIMEOUT_MS, ...authArgs(context.auth), 'KEYS', ...keys);
}

class Migration implements SlotMigration {
  movedKeys: string[] = [];
  remainingKeys: string[] = [];
  finished = false;
  private finishing: Promise<void> | undefined;

  constructor(
    private readonly context: MigrationContext,
    readonly slot: number,
    readonly source: ClusterNode,
    readonly target: ClusterNode,
  ) {}

  async open(): Promise<void> {
    await this.target.command('CLUSTER', 'SETSLOT', this.slot, 'IMPORTING', this.source.id);
    await this.source.command('CLUSTER', 'SETSLOT', this.slot, 'MIGRATING', this.target.id);
  }

  async moveSome(count: number): Promise<void> {
    const keys = await keysInSlot(this.source, this.slot, Math.max(count, 0));
    await migrateKeys(this.context, this.source, this.target, keys);
    this.movedKeys.push(...keys.map((k) => k.toString('utf8')));
    await this.refreshRemaining();
  }

  private async refreshRemaining(): Promise<void> {
    const count = Number(await this.source.command('CLUSTER', 'COUNTKEYSINSLOT', this.slot));
    this.remainingKeys = (await keysInSlot(this.source, this.slot, count)).map((k) => k.toString('utf8'));
  }

  finish(): Promise<void> {
    this.finishing ??= this.complete(true);
    return this.finishing;
  }

  async complete(wait: boolean): Promise<void> {
    for (;;) {
      const keys = await keysInSlot(this.source, this.slot, BATCH);
      if (keys.length === 0) break;
      await migrateKeys(this.context, this.source, this.target, keys);
      this.movedKeys.push(...keys.map((k) => k.toString('utf8')));
    }
    this.remainingKeys = [];
    // Target first (it stops answering ASK-only and owns the slot), then the source, then the rest.
    await this.target.command('CLUSTER', 'SETSLOT', this.slot, 'NODE', this.target.id);
    await this.source.command('CLUSTER', 'SETSLOT', this.slot, 'NODE', this.target.id);
    const others = this.context.liveMasters().filter((m) => m.id !== this.source.id && m.id !== this.target.id);
    await Promise.all(others.map((m) => m.command('CLUSTER', 'SETSLOT', this.slot, 'NODE', this.target.id)));
    this.finished = true;
    if (wait) await this.context.waitForStable();
  }
}

/** Moves one slot from `source` to `target`; see {@link MigrateSlotOptions}. */
export async function migrateSlot(
  context: MigrationContext,
  slot: number,
  source: ClusterNode,
  target: ClusterNode,
  options: MigrateSlotOptions & { wait?: boolean } = {},
): Promise<SlotMigration> {
  if (!Number.isInteger(slot) || slot < 0 || slot > 16383) throw new RangeError(`migrateSlot: slot must be an integer 0..16383, got ${slot}`);
  if (source.id === target.id) throw new Error(`migrateSlot: source and target are the same node (:${source.port})`);
  if (source.role !== 'master' || target.role !== 'master') throw new Error('migrateSlot: source and target must be masters');
  const migration = new Migration(context, slot, source, target);
  await migration.open();
  if (options.stopHalfway === true) {
    const total = Number(await source.command('CLUSTER', 'COUNTKEYSINSLOT', slot));
    const count = options.keysBeforeStop ?? Math.floor(total / 2);
    await migration.moveSome(count);
    return migration;
  }
  await migration.complete(options.wait !== false);
  return migration;
}
