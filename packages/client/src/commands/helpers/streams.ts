import { RESP_TYPES, type CommandParser, type MapReply, type RedisArgument, type TypeMapping } from '@x/modules';
import { flatToMapReply, mapReplyEntries } from './map-reply';

/** One stream entry: its ID and its field/value pairs. */
export interface StreamMessage {
  id: string;
  message: MapReply<string, string>;
}

/**
 * An entry read from a consumer group's history (`XREADGROUP … 0`): `message` is `null` when the
 * entry was deleted after it was delivered (it is still pending).
 */
export interface StreamMessageOrDeleted {
  id: string;
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
export function pushStreams(parser: CommandParser, streams: StreamReadTarget | Array<StreamReadTarget>): void {
  parser.push('STREAMS');
  if (Array.isArray(streams)) {
    for (const stream of streams) parser.pushKey(stream.key);
    for (const stream of streams) parser.push(stream.id);
  } else {
    parser.pushKey(streams.key);
    parser.push(streams.id);
  }
}

/** `[id, [field, value, …]]` → `{ id, message }`; a deleted entry (`[id, null]`) keeps `null`. */
export function transformStreamMessage(raw: unknown, typeMapping: TypeMapping | undefined): StreamMessageOrDeleted {
  const [id, fields] = raw as [string, Array<unknown> | null];
  return { id, message: fields === null ? null : flatToMapReply(fields, typeMapping) };
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
 * RESP3 `XREAD`/`XREADGROUP`: a map `name → entries` (plain object, `Map` or flat array, per the
 * `MAP` mapping) or null → the same `[{ name, messages }]` as RESP2. A plain object's keys are
 * strings, so under `BLOB_STRING: Buffer` the names are turned back into Buffers to match RESP2.
 */
export function transformStreamsReplyResp3(
  reply: unknown,
  _preserve?: unknown,
  typeMapping?: TypeMapping,
): Array<StreamMessages<StreamMessageOrDeleted>> | null {
  if (reply === null) return null;
  const asBuffers = typeMapping?.[RESP_TYPES.BLOB_STRING] === Buffer;
  return mapReplyEntries(reply).map(([name, entries]) => ({
    name: (asBuffers && typeof name === 'string' ? Buffer.from(name) : name) as string,
    messages: transformStreamMessages(entries, typeMapping),
  }));
}
