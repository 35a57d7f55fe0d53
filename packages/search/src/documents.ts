import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { fieldsToRecord } from './reply-helpers';

/** `FT.GET index docId`: the document's fields, or `null` when there is no such document. */
export const GET = {
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, index: RedisArgument, docId: RedisArgument) {
    parser.push('FT.GET');
    parser.pushKey(index);
    parser.pushKey(docId);
  },
  transformReply: (reply: Array<unknown> | null): Record<string, string> | null =>
    reply === null ? null : (fieldsToRecord(reply) as Record<string, string>),
} as const satisfies Command;

/**
 * `FT.DEL index docId [DD]`: removes the document from the index (1), or finds none (0). With
 * `deleteDocument` (`DD`) its hash goes too; without, the hash stays.
 */
export const DEL = {
  parseCommand(parser: CommandParser, index: RedisArgument, docId: RedisArgument, deleteDocument?: boolean) {
    parser.push('FT.DEL');
    parser.pushKey(index);
    parser.pushKey(docId);
    if (deleteDocument) parser.push('DD');
  },
  transformReply: undefined as unknown as () => number,
} as const satisfies Command;
