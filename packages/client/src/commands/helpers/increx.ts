import type { CommandParser, RedisArgument } from '@x/modules';
import { numberArgument, stringArgument } from './arguments';
import { doubleValueArgument } from './double';

/** What `INCREX` does with the time to live: set one (`ENX`: only when the key has none), or remove it. */
export type IncrExExpiration = { type: 'EX' | 'PX' | 'EXAT' | 'PXAT'; value: number; ENX?: boolean } | { type: 'PERSIST' };

/** The bounds and expiry options shared by `increx` and `incrExByFloat`. */
export interface IncrExBoundsOptions {
  lowerBound?: RedisArgument | number;
  upperBound?: RedisArgument | number;
  /** Clamp to the bounds instead of refusing the increment (the reply then says `[value, 0]`). */
  saturate?: boolean;
  expiration?: IncrExExpiration;
}

/** Pushes `[LBOUND l] [UBOUND u] [SATURATE] [EX … [ENX] | PERSIST]`. */
export function pushIncrExOptions(command: string, parser: CommandParser, options: IncrExBoundsOptions): void {
  if (options.lowerBound !== undefined) parser.push('LBOUND', doubleValueArgument(options.lowerBound, `${command} lowerBound`));
  if (options.upperBound !== undefined) parser.push('UBOUND', doubleValueArgument(options.upperBound, `${command} upperBound`));
  if (options.saturate) parser.push('SATURATE');
  const expiration = options.expiration as { type?: unknown; value?: unknown; ENX?: unknown } | undefined;
  if (expiration === undefined) return;
  if (expiration?.type === 'PERSIST') {
    parser.push('PERSIST');
    return;
  }
  parser.push(stringArgument(expiration?.type, `${command} expiration.type`), numberArgument(expiration.value, `${command} expiration.value`));
  if (expiration.ENX) parser.push('ENX');
}
