// The commands that answer with JSON documents: each bulk string is parsed (with the caller's
// reviver, carried to the transform as the parser's `preserve`), a nil stays null.
import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { decimal, transformRedisJsonNullReply, type JsonReviver, type RedisJSON } from './json-value';

export interface JsonGetOptions {
  /** One path, or several (then RedisJSON answers with an object keyed by path). */
  path?: RedisVariadicArgument;
  reviver?: JsonReviver;
}

/** JSON.GET key [path …]: the document (or the value at the path), null when the key is missing. */
export const GET = {
  parseCommand(parser: CommandParser, key: RedisArgument, options?: JsonGetOptions): void {
    parser.push('JSON.GET');
    parser.pushKey(key);
    if (options?.path !== undefined) parser.pushVariadic(options.path);
    parser.setPreserve(options?.reviver);
  },
  transformReply: (reply: string | Buffer | null, reviver?: JsonReviver): RedisJSON => transformRedisJsonNullReply(reply, reviver),
} as const satisfies Command;

/** JSON.MGET key [key …] path: one document per key, null for a missing key. Every key is a key. */
export const MGET = {
  parseCommand(parser: CommandParser, keys: Array<RedisArgument>, path: RedisArgument, reviver?: JsonReviver): void {
    parser.push('JSON.MGET');
    parser.pushKeys(keys);
    parser.push(path);
    parser.setPreserve(reviver);
  },
  transformReply: (reply: Array<string | Buffer | null>, reviver?: JsonReviver): Array<RedisJSON> =>
    reply.map((json) => transformRedisJsonNullReply(json, reviver)),
} as const satisfies Command;

/**
 * JSON.ARRPOP's options: an index needs a path (RedisJSON reads `key [path [index]]`), so the type
 * allows `index` only beside `path`.
 */
export type RedisArrPopOptions = { reviver?: JsonReviver } & ({ path?: never; index?: never } | { path: RedisArgument; index?: number });

/**
 * JSON.ARRPOP key [path [index]]: the popped element (JSON), one per match for a JSONPath (null
 * where a match is not an array or is empty).
 */
export const ARRPOP = {
  parseCommand(parser: CommandParser, key: RedisArgument, options?: RedisArrPopOptions): void {
    parser.push('JSON.ARRPOP');
    parser.pushKey(key);
    if (!options) return;
    if (options.path !== undefined) {
      parser.push(options.path);
      if (options.index !== undefined) parser.push(decimal(options.index, 'index'));
    }
    parser.setPreserve(options.reviver);
  },
  transformReply: (reply: string | Buffer | null | Array<string | Buffer | null>, reviver?: JsonReviver): RedisJSON | Array<RedisJSON> =>
    Array.isArray(reply) ? reply.map((item) => transformRedisJsonNullReply(item, reviver)) : transformRedisJsonNullReply(reply, reviver),
} as const satisfies Command;
