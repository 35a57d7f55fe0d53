// Stream entries and the replies made of them, as node-redis shapes them: `{ id, message }` with the
// message's fields as a plain object (or a Map / the flat array under the `MAP` type mapping).
import type { CommandParser, MapReply, RedisArgument, TypeMapping } from '@x/modules';
import { invalidArgument, isPlainObject, isRedisArgument } from './argument-errors';
import { tuplesReply } from './type-mapped-maps';

/** One stream entry: its ID and its field/value pairs. */
export interface StreamMessage {
  id: string;
  message: MapReply<string, string>;
  /** `XREADGROUP … CLAIM` (Redis 8.4+): how long ago the entry was last delivered. */
  millisElapsedFromDelivery?: number;
  /** `XREADGROUP … CLAIM` (Redis 8.4+): how many times the entry was delivered. */
  deliveriesCounter?: number;
}

/**
 * An entry read from a consumer group's history (`XREADGROUP … 0`, `XCLAIM`, `XAUTOCLAIM`):
 * `message` is `null` when the entry was deleted after it was delivered (it is still pending).
 */
export interface StreamMessageOrDeleted extends Omit<StreamMessage, 'message'> {
  message: MapReply<string, string> | null;
}

/** The entries read from one stream (`XREAD`, `XREADGROUP`). */
export interface StreamMessages<M = StreamMessage> {
  name: string;
  messages: Array<M>;
}

/** A stream to read from and the ID to read after. */
export interface StreamReadTarget {
  key: RedisArgument;
  id: RedisArgument;
}

/** Pushes `STREAMS key… id…`, recording every stream key as a key. */
export function pushStreams(parser: CommandParser, command: string, streams: StreamReadTarget | Array<StreamReadTarget>): void {
  parser.push('STREAMS');
  const list: Array<unknown> = Array.isArray(streams) ? streams : [streams];
  for (let i = 0; i < list.length; i++) {
    const stream = list[i];
    if (!isPlainObject(stream) || !isRedisArgument(stream.key) || !isRedisArgument(stream.id)) {
      throw invalidArgument(command, Array.isArray(streams) ? `streams[${i}]` : 'streams', '{ key, id }', stream);
    }
    parser.pushKey(stream.key);
  }
  for (const stream of list) parser.push((stream as StreamReadTarget).id);
}

/**
 * A message's flat `[field, value, …]` list as node-redis's tuples transform shapes it under the
 * `MAP` mapping: a plain object (default), a `Map` (keys as strings), or the flat array itself.
 */
export function transformTuples(fields: ReadonlyArray<unknown>, typeMapping: TypeMapping | undefined): MapReply<string, string> {
  return tuplesReply(fields, typeMapping) as MapReply<string, string>;
}

/**
 * `[id, [field, value, …]]` → `{ id, message }`; a deleted entry (`[id, null]`) keeps `null`. The
 * two extra fields of `XREADGROUP … CLAIM` (Redis 8.4+) are kept when the server sends them.
 */
export function transformStreamMessage(raw: unknown, typeMapping: TypeMapping | undefined): StreamMessageOrDeleted {
  const [id, fields, millisElapsedFromDelivery, deliveriesCounter] = raw as [string, Array<unknown> | null, number?, number?];
  const entry: StreamMessageOrDeleted = { id, message: fields === null ? null : transformTuples(fields, typeMapping) };
  if (millisElapsedFromDelivery !== undefined) entry.millisElapsedFromDelivery = millisElapsedFromDelivery;
  if (deliveriesCounter !== undefined) entry.deliveriesCounter = deliveriesCounter;
  return entry;
}

/** {@link transformStreamMessage}, keeping a null entry (`XCLAIM`/`XAUTOCLAIM` of a deleted entry) null. */
export function transformNullableStreamMessage(raw: unknown, typeMapping: TypeMapping | undefined): StreamMessageOrDeleted | null {
  return raw === null ? null : transformStreamMessage(raw, typeMapping);
}

/** An array of raw entries → `{ id, message }[]`. */
export function transformStreamMessages(raw: unknown, typeMapping: TypeMapping | undefined): Array<StreamMessageOrDeleted> {
  const entries = raw as Array<unknown>;
  const messages: Array<StreamMessageOrDeleted> = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) messages[i] = transformStreamMessage(entries[i], typeMapping);
  return messages;
}

/** RESP2 `XREAD`/`XREADGROUP`: `[[name, entries], …]` or null → `[{ name, messages }]` or null. */
export function transformStreamsReplyResp2(
  reply: unknown,
  _preserve?: unknown,
  typeMapping?: TypeMapping,
): Array<StreamMessages<StreamMessageOrDeleted>> | null {
  if (reply === null) return null;
  const streams = reply as Array<[unknown, unknown]>;
  return streams.map(([name, entries]) => ({ name: name as string, messages: transformStreamMessages(entries, typeMapping) }));
}

/**
 * RESP3 `XREAD`/`XREADGROUP`: a map `name → entries` (a plain object, a `Map` or a flat array, per
 * the `MAP` mapping) or null → the same `[{ name, messages }]` as RESP2, in the server's order. As
 * node-redis's: a name read from a plain object or a `Map` is a string, from a flat array as decoded.
 */
export function transformStreamsReplyResp3(
  reply: unknown,
  _preserve?: unknown,
  typeMapping?: TypeMapping,
): Array<StreamMessages<StreamMessageOrDeleted>> | null {
  if (reply === null) return null;
  const streams: Array<StreamMessages<StreamMessageOrDeleted>> = [];
  if (reply instanceof Map) {
    for (const [name, entries] of reply) streams.push({ name: String(name), messages: transformStreamMessages(entries, typeMapping) });
  } else if (Array.isArray(reply)) {
    for (let i = 0; i < reply.length; i += 2) {
      streams.push({ name: reply[i] as string, messages: transformStreamMessages(reply[i + 1], typeMapping) });
    }
  } else {
    for (const [name, entries] of Object.entries(reply as Record<string, unknown>)) {
      streams.push({ name, messages: transformStreamMessages(entries, typeMapping) });
    }
  }
  return streams;
}
