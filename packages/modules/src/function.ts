import type { RedisArgument, RedisFunction } from './command';

/**
 * The arguments a Redis function call starts with: `FCALL_RO` for a read-only function, `FCALL`
 * otherwise, then the function name and, when the definition declares `NUMBER_OF_KEYS`, the key
 * count. The definition's `parseCommand` pushes the keys and arguments after it.
 */
export function functionArgumentsPrefix(name: string, fn: RedisFunction): Array<RedisArgument> {
  const prefix: Array<RedisArgument> = [fn.IS_READ_ONLY ? 'FCALL_RO' : 'FCALL', name];
  if (fn.NUMBER_OF_KEYS !== undefined) prefix.push(String(fn.NUMBER_OF_KEYS));
  return prefix;
}
