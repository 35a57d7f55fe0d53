import type { CommandParser } from '@x/modules';
import { stringArgument } from './arguments';

/** When `EXPIRE`, `PEXPIRE`, `EXPIREAT` and `PEXPIREAT` apply: no expiry yet, one already, a later one, an earlier one. */
export type ExpireMode = 'NX' | 'XX' | 'GT' | 'LT';

/** Pushes the mode when one is given (a falsy mode is none, as node-redis reads it); the server checks the token. */
export function pushExpireMode(command: string, parser: CommandParser, mode: ExpireMode | undefined): void {
  if (mode) parser.push(stringArgument(mode, `${command} mode`));
}
