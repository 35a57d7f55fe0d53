import type { Command, CommandParser } from '@x/modules';
import { parseClientInfo, type ClientInfoReply } from './client-info';

/** Which connections `CLIENT LIST` lists. */
export interface ClientListFilter {
  TYPE?: 'NORMAL' | 'MASTER' | 'REPLICA' | 'PUBSUB';
  ID?: number | string | Array<number | string>;
}

/**
 * `CLIENT LIST [TYPE type] [ID id …]`: the server's connections, each read into an object like
 * `CLIENT INFO`'s. node-redis sends either filter (TYPE wins); x sends every filter given.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, filter?: ClientListFilter) {
    parser.push('CLIENT', 'LIST');
    if (filter?.TYPE !== undefined) parser.push('TYPE', filter.TYPE);
    if (filter?.ID !== undefined) {
      parser.push('ID');
      for (const id of Array.isArray(filter.ID) ? filter.ID : [filter.ID]) parser.push(String(id));
    }
  },
  transformReply: (reply: string): Array<ClientInfoReply> => {
    const lines = String(reply).split('\n');
    // The text ends with a newline: the last piece is empty.
    return lines.slice(0, -1).map(parseClientInfo);
  },
} as const satisfies Command;
