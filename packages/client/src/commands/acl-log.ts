import type { Command, CommandParser, TypeMapping } from '@x/modules';
import { doubleReply } from './helpers/double-reply';

/** One entry of the ACL log: a denied command, key, channel or authentication. */
export interface AclLogEntry {
  count: number;
  reason: string;
  context: string;
  object: string;
  username: string;
  'age-seconds': number;
  'client-info': string;
  'entry-id': number;
  'timestamp-created': number;
  'timestamp-last-updated': number;
}

/**
 * `ACL LOG [count]`: the latest ACL denials, newest first. RESP2's flat `[field, value, …]` entries
 * are read into objects, `age-seconds` as a number (kept as sent under a `DOUBLE: String` mapping);
 * RESP3 sends maps, which arrive as the type mapping shapes maps. x's earlier
 * `aclLog('RESET')` still clears the log (`'OK'`); node-redis spells that `aclLogReset()`.
 */
export default {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, count?: number | 'RESET') {
    parser.push('ACL', 'LOG');
    if (count !== undefined) parser.push(String(count));
  },
  transformReply: {
    2: (reply: Array<Array<unknown>> | 'OK', _preserve?: unknown, typeMapping?: TypeMapping): Array<AclLogEntry> => {
      if (!Array.isArray(reply)) return reply as never;
      return reply.map((entry) => ({
        count: entry[1] as number,
        reason: entry[3] as string,
        context: entry[5] as string,
        object: entry[7] as string,
        username: entry[9] as string,
        'age-seconds': doubleReply(entry[11], typeMapping) as number,
        'client-info': entry[13] as string,
        'entry-id': entry[15] as number,
        'timestamp-created': entry[17] as number,
        'timestamp-last-updated': entry[19] as number,
      }));
    },
    3: undefined as unknown as () => Array<AclLogEntry>,
  },
} as const satisfies Command;
