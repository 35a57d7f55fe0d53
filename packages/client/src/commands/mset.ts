import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** What `MSET` takes: `[[key, value], …]`, a flat `[key, value, …]`, or `{ key: value }`. */
export type MSetArguments =
  | Array<[RedisArgument, RedisArgument]>
  | Array<RedisArgument>
  | Record<string, RedisArgument>;

/** Pushes `key value key value …`, recording every key (shared by `MSET` and `MSETNX`). */
export function pushMSetArguments(parser: CommandParser, toSet: MSetArguments): void {
  if (Array.isArray(toSet)) {
    if (toSet.length === 0) return;
    if (Array.isArray(toSet[0])) {
      for (const [key, value] of toSet as Array<[RedisArgument, RedisArgument]>) {
        parser.pushKey(key);
        parser.push(value);
      }
    } else {
      const flat = toSet as Array<RedisArgument>;
      for (let i = 0; i < flat.length; i += 2) {
        parser.pushKey(flat[i]!);
        parser.push(flat[i + 1]!);
      }
    }
  } else {
    for (const key of Object.keys(toSet)) {
      parser.pushKey(key);
      parser.push(toSet[key]!);
    }
  }
}

/** `MSET key value [key value …]`: `'OK'`. */
export default {
  REQUEST_POLICY: 'multi_shard',
  RESPONSE_POLICY: 'all_succeeded',
  parseCommand(parser: CommandParser, toSet: MSetArguments) {
    parser.push('MSET');
    pushMSetArguments(parser, toSet);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
