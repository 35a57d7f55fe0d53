import { InvalidOptionError } from '@x/client';
import type { RedisArgument } from '@x/modules';
import { FunctionLibraryLoadError } from './errors';
import type { NodeEntry } from './node-registry';
import type { SlotMap } from './topology/slot-map';

/** A library of the `functionLibraries` option: its code and the name its `#!lua name=…` line gives. */
export interface FunctionLibrary {
  name: string;
  code: RedisArgument;
}

// Redis 7 requires this first line (`FUNCTION LOAD` refuses code without it): the engine and the name.
const HEADER = /^#!(\w+)[ \t]+(?:[^\n]*[ \t])?name=([^\s]+)/;

/** Validates the `functionLibraries` option: code with a `#!<engine> name=<library>` line, no name twice. */
export function resolveFunctionLibraries(value: unknown): FunctionLibrary[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidOptionError('functionLibraries', 'must be an array of library code (strings or Buffers)');
  const seen = new Set<string>();
  return value.map((code: unknown, i) => {
    const option = `functionLibraries[${i}]`;
    if (typeof code !== 'string' && !Buffer.isBuffer(code)) throw new InvalidOptionError(option, 'must be library code (a string or Buffer)');
    // Only the head is read: a large Buffer is not converted whole.
    const header = HEADER.exec(typeof code === 'string' ? code.slice(0, 1024) : code.subarray(0, 1024).toString());
    if (header === null) throw new InvalidOptionError(option, 'must start with a "#!lua name=<library>" line');
    const name = header[2]!;
    if (seen.has(name)) throw new InvalidOptionError(option, `library ${name} is given twice`);
    seen.add(name);
    return { name, code };
  });
}

/**
 * The `functionLibraries` option at work: every library is loaded (`FUNCTION LOAD REPLACE`) on every
 * master at `connect()`, and on every node that becomes a master later — seen in a refreshed
 * topology (a node added and given slots, a replica promoted) or named by a MOVED/ASK before any
 * refresh described it. In that last case the libraries are written to the node's connection
 * before the redirected command, so an `FCALL` sent there never meets a node without them.
 *
 * Replicas get the libraries from their master by replication, so only masters are loaded. A node
 * is loaded once while it stays a master; a failed load is reported as a FunctionLibraryLoadError
 * (`'error'` event) and tried again on the next refresh or redirect.
 */
export class FunctionLibraryLoader {
  readonly #libraries: ReadonlyArray<FunctionLibrary>;
  /** Sends to one node (through the attempt engine), now: before anything sent there after it. */
  readonly #send: (entry: NodeEntry, args: readonly RedisArgument[]) => Promise<unknown>;
  readonly #onError: (error: Error) => void;
  /** Masters loaded (or loading), by address: one load per master, shared by whoever asks. */
  readonly #loads = new Map<string, Promise<void>>();
  /** Between a successful connect() and close(): topology changes and redirects load new masters. */
  #active = false;

  constructor(libraries: ReadonlyArray<FunctionLibrary>, send: (entry: NodeEntry, args: readonly RedisArgument[]) => Promise<unknown>, onError: (error: Error) => void) {
    this.#libraries = libraries;
    this.#send = send;
    this.#onError = onError;
  }

  /** connect(): every online master, awaited; the first failure rejects (connect fails with it). */
  async loadOnEveryMaster(map: SlotMap): Promise<void> {
    // A new connect() may face other servers (or the same ones, flushed): load everything again.
    this.#loads.clear();
    await Promise.all(map.onlineMasters.map((master) => this.#load(master)));
    this.#active = true;
  }

  stop(): void {
    this.#active = false;
  }

  /** ClusterTopology's `onApplied`: masters not seen before get the libraries; ex-masters are forgotten. */
  onTopologyChange(next: SlotMap): void {
    if (!this.#active) return;
    const masters = new Set(next.masters.map((m) => m.address));
    // A node that stops being a master and becomes one again (failed over twice) is loaded again:
    // cheap, and it may have been resynced from a master that never had the libraries.
    for (const address of this.#loads.keys()) if (!masters.has(address)) this.#loads.delete(address);
    for (const master of next.onlineMasters) this.#background(master);
  }

  /** ClusterTopology's `onRedirect`: the node a MOVED or ASK names, before the command is sent there. */
  onRedirect(entry: NodeEntry): void {
    if (this.#active) this.#background(entry);
  }

  #background(entry: NodeEntry): void {
    if (this.#loads.has(entry.address)) return;
    this.#load(entry).catch(this.#onError);
  }

  #load(entry: NodeEntry): Promise<void> {
    const existing = this.#loads.get(entry.address);
    if (existing !== undefined) return existing;
    // Dispatched now, synchronously: on this connection they precede whatever is sent after them.
    const load = Promise.all(
      this.#libraries.map((library) =>
        this.#send(entry, ['FUNCTION', 'LOAD', 'REPLACE', library.code]).catch((error: unknown) => {
          throw new FunctionLibraryLoadError(library.name, entry.address, error as Error);
        }),
      ),
    ).then(() => undefined);
    this.#loads.set(entry.address, load);
    // Forget a failed load so the next refresh or redirect tries again.
    load.catch(() => {
      if (this.#loads.get(entry.address) === load) this.#loads.delete(entry.address);
    });
    return load;
  }
}
