import type { AnyPubSubListener, ChannelListeners, PubSubType, PubSubTypeListeners } from '@x/client';
import { removeChannelListeners } from '@x/client/node-connection';
import type { RedisArgument } from '@x/modules';

function copyListeners(listeners: ChannelListeners): ChannelListeners {
  return { buffers: new Set(listeners.buffers), strings: new Set(listeners.strings) };
}

/**
 * Listeners waiting for a node: taken from a pub/sub connection that lost them (its node left, the
 * slot moved) and not yet subscribed on their new node. The cluster keeps them here — not in a
 * promise chain — so an `unsubscribe` issued meanwhile removes them for good, and a failed move
 * keeps them for the next attempt.
 */
export class WaitingListeners {
  readonly #byType: Record<PubSubType, PubSubTypeListeners> = {
    CHANNELS: new Map(),
    PATTERNS: new Map(),
    SHARDED: new Map(),
  };

  get size(): number {
    return this.#byType.CHANNELS.size + this.#byType.PATTERNS.size + this.#byType.SHARDED.size;
  }

  has(type: PubSubType): boolean {
    return this.#byType[type].size > 0;
  }

  /** Add listeners (merged with those already waiting on the same channel). */
  add(type: PubSubType, listeners: ReadonlyMap<string, ChannelListeners>): void {
    const map = this.#byType[type];
    for (const [channel, { buffers, strings }] of listeners) {
      const waiting = map.get(channel);
      if (waiting === undefined) {
        if (buffers.size + strings.size > 0) map.set(channel, copyListeners({ buffers, strings }));
        continue;
      }
      for (const listener of buffers) waiting.buffers.add(listener);
      for (const listener of strings) waiting.strings.add(listener);
    }
  }

  /** A copy of what waits (of `channels` only, when given): what a move subscribes. */
  snapshot(type: PubSubType, channels?: Iterable<string>): PubSubTypeListeners {
    const map = this.#byType[type];
    const copy: PubSubTypeListeners = new Map();
    for (const channel of channels ?? map.keys()) {
      const waiting = map.get(channel);
      if (waiting !== undefined) copy.set(channel, copyListeners(waiting));
    }
    return copy;
  }

  /** Forget listeners that found their node (a `snapshot` that was subscribed). */
  settle(type: PubSubType, placed: ReadonlyMap<string, ChannelListeners>): void {
    const map = this.#byType[type];
    for (const [channel, { buffers, strings }] of placed) {
      const waiting = map.get(channel);
      if (waiting === undefined) continue;
      for (const listener of buffers) waiting.buffers.delete(listener);
      for (const listener of strings) waiting.strings.delete(listener);
      if (waiting.buffers.size + waiting.strings.size === 0) map.delete(channel);
    }
  }

  /**
   * `unsubscribe` semantics (the client's): every channel of the type (no `channels`), every listener
   * of `channels` (no `listener`), or one listener in one form.
   */
  remove(type: PubSubType, channels: ReadonlyArray<RedisArgument> | undefined, listener: AnyPubSubListener | undefined, bufferMode: boolean): void {
    const map = this.#byType[type];
    if (channels === undefined) map.clear();
    else removeChannelListeners(map, channels, listener, bufferMode);
  }

  clear(): void {
    for (const map of Object.values(this.#byType)) map.clear();
  }
}
