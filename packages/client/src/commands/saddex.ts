import type { Command, CommandParser, RedisArgument, RedisVariadicArgument } from '@x/modules';
import { describeValue, numberArgument, tokenArgument } from './helpers/arguments';
import { pushCountedBlock } from './helpers/member-expiration';

/** Options of `sAddEx`: only new members (`MNX`) or only existing ones (`MXX`); their expiration. */
export interface SAddExOptions {
  expiration?: { type: 'EX' | 'PX' | 'EXAT' | 'PXAT'; value: number } | 'KEEPTTL';
  mode?: 'MNX' | 'MXX';
}

const TIMED = ['EX', 'PX', 'EXAT', 'PXAT'];

function pushExpiration(parser: CommandParser, expiration: unknown): void {
  if (expiration === undefined) return;
  if (expiration === 'KEEPTTL') {
    parser.push('KEEPTTL');
    return;
  }
  const { type, value } = (expiration ?? {}) as { type?: unknown; value?: unknown };
  if (typeof type === 'string' && TIMED.includes(type)) parser.push(type, numberArgument(value, `SADDEX expiration ${type}`));
  else throw new TypeError(`SADDEX expiration must be 'KEEPTTL' or { type: 'EX' | 'PX' | 'EXAT' | 'PXAT', value }, got ${describeValue(expiration)}`);
}

/**
 * `SADDEX key [MNX | MXX] [EX seconds | PX ms | EXAT unix-seconds | PXAT unix-ms | KEEPTTL] MEMBERS
 * nummembers member …`: adds members that expire; 1 if the command applied, 0 if the MNX/MXX
 * condition was not met. Redis 8.12+; not runnable on the 7.0 servers these tests use.
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, members: RedisVariadicArgument, options?: SAddExOptions) {
    parser.push('SADDEX');
    parser.pushKey(key);
    if (options?.mode !== undefined) parser.push(tokenArgument(options.mode, ['MNX', 'MXX'], 'SADDEX mode'));
    pushExpiration(parser, options?.expiration);
    pushCountedBlock(parser, 'MEMBERS', members);
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
