import type { Command, CommandParser, MapReply } from '@x/modules';
import type { StructReply } from './helpers/struct-reply';

/** The script or function running now, as node-redis shapes RESP2's reply. */
export interface FunctionStatsRunningScript {
  name: string;
  /** The command that called it, as its arguments. */
  command: Array<string>;
  duration_ms: number;
}

/** How many libraries and functions an engine holds. */
export interface FunctionStatsEngine {
  libraries_count: number;
  functions_count: number;
}

/** `FUNCTION STATS` in RESP2, as node-redis shapes it (objects whatever the type mapping). */
export interface FunctionStatsReply {
  running_script: FunctionStatsRunningScript | null;
  engines: Record<string, FunctionStatsEngine>;
}

/** `FUNCTION STATS` in RESP3: the server's maps (`Map`/flat array under `MAP`). */
export type FunctionStatsResp3Reply = StructReply<{
  running_script: StructReply<FunctionStatsRunningScript> | null;
  engines: MapReply<string, StructReply<FunctionStatsEngine>>;
}>;

function runningScript(reply: unknown): FunctionStatsRunningScript | null {
  if (reply === null) return null;
  const fields = reply as ReadonlyArray<unknown>;
  return { name: fields[1] as string, command: fields[3] as Array<string>, duration_ms: fields[5] as number };
}

function engines(reply: ReadonlyArray<unknown>): Record<string, FunctionStatsEngine> {
  const out: Record<string, FunctionStatsEngine> = {};
  for (let i = 0; i < reply.length; i += 2) {
    const stats = reply[i + 1] as ReadonlyArray<unknown>;
    out[String(reply[i])] = { libraries_count: stats[1] as number, functions_count: stats[3] as number };
  }
  return out;
}

/**
 * `FUNCTION STATS`: `{ running_script, engines: { LUA: { libraries_count, functions_count } } }`.
 * RESP3: the server's maps; RESP2: objects as node-redis builds them. On a cluster: one master's.
 */
export default {
  IS_READ_ONLY: true,
  NOT_KEYED_COMMAND: true,
  REQUEST_POLICY: 'all_shards',
  RESPONSE_POLICY: 'special',
  parseCommand(parser: CommandParser) {
    parser.push('FUNCTION', 'STATS');
  },
  transformReply: {
    2: (reply: ReadonlyArray<unknown>): FunctionStatsReply => ({
      running_script: runningScript(reply[1]),
      engines: engines(reply[3] as ReadonlyArray<unknown>),
    }),
    3: undefined as unknown as () => FunctionStatsResp3Reply,
  },
} as const satisfies Command;
