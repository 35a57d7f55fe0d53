// What the per-field (hash) and per-member (set) expiration commands of Redis 7.4+/8.x share: the
// condition token, and the `FIELDS n field …` / `MEMBERS n member …` block that ends them.
import type { CommandParser, RedisVariadicArgument } from '@x/modules';
import { tokenArgument } from './arguments';

/** When an expiration is set: only without one (`NX`), only with one (`XX`), only later (`GT`), only sooner (`LT`). */
export type ExpirationCondition = 'NX' | 'XX' | 'GT' | 'LT';

const CONDITIONS: ReadonlyArray<ExpirationCondition> = ['NX', 'XX', 'GT', 'LT'];

/** Pushes the condition when one is given (`undefined` and `''` push nothing, as with node-redis). */
export function pushExpirationCondition(parser: CommandParser, mode: unknown, command: string): void {
  if (mode === undefined || mode === null || mode === '') return;
  parser.push(tokenArgument(mode, CONDITIONS, `${command} mode`));
}

/** Pushes `token count item…` (`FIELDS 2 a b`). */
export function pushCountedBlock(parser: CommandParser, token: 'FIELDS' | 'MEMBERS', items: RedisVariadicArgument): void {
  parser.push(token);
  parser.pushVariadicWithLength(items);
}
