// FT.CONFIG GET: RediSearch's settings matching a name or `*`, as `{ name: value }`.
import type { BlobStringReply, CommandParser } from '@x/modules';
import { entriesOf, plainCopy } from './reply-shapes';

export const CONFIG_GET = {
  NOT_KEYED_COMMAND: true,
  IS_READ_ONLY: true,
  parseCommand(parser: CommandParser, option: string) {
    parser.push('FT.CONFIG', 'GET', option);
  },
  /**
   * RESP2 sends `[[name, value], …]`, RESP3 may send a map: either becomes one object (a value the
   * server has none for is `null`).
   */
  transformReply(reply: unknown): Record<string, BlobStringReply | null> {
    const settings: Record<string, unknown> = {};
    for (const [name, value] of entriesOf(reply)) settings[name] = value;
    return plainCopy(settings) as Record<string, BlobStringReply | null>;
  },
} as const;
