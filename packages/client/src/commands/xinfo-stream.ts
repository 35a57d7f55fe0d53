import type { Command, CommandParser, MapReply, RedisArgument, TypeMapping } from '@x/modules';
import { refusedOption } from './helpers/argument-errors';
import { transformTuples, type StreamMessage } from './helpers/streams';

/** `XINFO STREAM`'s first or last entry: `{ id, message }`, or null for an empty stream. */
export type XInfoStreamEntry = Pick<StreamMessage, 'id' | 'message'> | null;

/** What `XINFO STREAM` returns (node-redis's shape; newer servers add fields). */
export interface XInfoStreamReply {
  length: number;
  'radix-tree-keys': number;
  'radix-tree-nodes': number;
  'last-generated-id': string;
  'max-deleted-entry-id': string;
  'entries-added': number;
  'recorded-first-entry-id': string;
  groups: number;
  'first-entry': XInfoStreamEntry;
  'last-entry': XInfoStreamEntry;
}

/** The RESP3 reply: a map (a plain object, a Map or a flat array per the `MAP` mapping). */
export type XInfoStreamReplyResp3 = MapReply<keyof XInfoStreamReply & string, XInfoStreamReply[keyof XInfoStreamReply]>;

function transformEntry(entry: unknown, typeMapping: TypeMapping | undefined): XInfoStreamEntry {
  if (entry === null) return null;
  const [id, fields] = entry as [string, Array<unknown>];
  return { id, message: transformTuples(fields, typeMapping) };
}

const isEntryField = (key: unknown): boolean => {
  const name = String(key);
  return name === 'first-entry' || name === 'last-entry';
};

/**
 * `XINFO STREAM key`: the stream's summary, its first and last entries as `{ id, message }`. RESP2's
 * flat array becomes a plain object; RESP3's map keeps the shape the type mapping gave it, with the
 * two entries reshaped (as node-redis does). x's earlier `{ FULL }` option is refused: it changes the
 * reply (send `XINFO STREAM key FULL` with `sendCommand`). Not cacheable: creating or destroying a
 * group invalidates no key.
 */
export default {
  IS_READ_ONLY: true,
  CACHEABLE: false,
  parseCommand(parser: CommandParser, key: RedisArgument, options?: never) {
    if (options !== undefined) throw refusedOption('XINFO STREAM', 'FULL', "sendCommand(['XINFO', 'STREAM', key, 'FULL'])");
    parser.push('XINFO', 'STREAM');
    parser.pushKey(key);
  },
  transformReply: {
    2: (reply: Array<unknown>, _preserve?: unknown, typeMapping?: TypeMapping): XInfoStreamReply => {
      const parsed: Record<string, unknown> = {};
      for (let i = 0; i < reply.length; i += 2) {
        const key = reply[i];
        parsed[String(key)] = isEntryField(key) ? transformEntry(reply[i + 1], typeMapping) : reply[i + 1];
      }
      return parsed as unknown as XInfoStreamReply;
    },
    3: (reply: unknown, _preserve?: unknown, typeMapping?: TypeMapping): XInfoStreamReplyResp3 => {
      if (reply instanceof Map) {
        for (const key of ['first-entry', 'last-entry']) reply.set(key, transformEntry(reply.get(key), typeMapping));
      } else if (Array.isArray(reply)) {
        for (let i = 0; i < reply.length; i += 2) if (isEntryField(reply[i])) reply[i + 1] = transformEntry(reply[i + 1], typeMapping);
      } else {
        const object = reply as Record<string, unknown>;
        for (const key of ['first-entry', 'last-entry']) object[key] = transformEntry(object[key], typeMapping);
      }
      return reply as XInfoStreamReplyResp3;
    },
  },
} as const satisfies Command;
