import { BasicCommandParser, type Command, type CommandParser } from '@x/modules';
import { pushMSetPairs, type MSetArguments } from './mset';
import { numberArgument, optionsArgument, stringArgument, tokenArgument } from './helpers/arguments';
import { unixMillisecondsArgument, unixSecondsArgument } from './helpers/unix-time';

/** How `MSETEX` sets the time to live of every key it writes. */
export type MSetExExpiration =
  | { type: 'EX' | 'PX'; value: number }
  | { type: 'EXAT' | 'PXAT'; value: number | Date }
  | { type: 'KEEPTTL' };

/** Options of `MSETEX`. */
export interface MSetExOptions {
  expiration?: MSetExExpiration;
  /** Only if every key exists (`XX`) / none does (`NX`). */
  mode?: 'NX' | 'XX';
}

/**
 * `MSETEX numkeys key value [key value …] [NX | XX] [EX s | PX ms | EXAT t | PXAT t | KEEPTTL]`
 * (Redis 8.4+; not runnable on the 7.0 servers these tests use): sets the keys with one time to
 * live; 1 if it did, 0 if the condition prevented it. Takes node-redis's three forms of keys and
 * values; `EXAT`/`PXAT` take a Unix time or a Date.
 */
export default {
  parseCommand(parser: CommandParser, keyValuePairs: MSetArguments, options?: MSetExOptions) {
    // numkeys comes first: the pairs go into a parser of their own, then after it.
    const pairs = new BasicCommandParser();
    const count = pushMSetPairs('MSETEX', pairs, keyValuePairs);
    parser.push('MSETEX', String(count));
    for (let i = 0; i < pairs.redisArgs.length; i += 2) {
      parser.pushKey(pairs.redisArgs[i]!);
      parser.push(pairs.redisArgs[i + 1]!);
    }
    const o = optionsArgument<MSetExOptions>(options, 'MSETEX options');
    if (o === undefined) return;
    if (o.mode) parser.push(stringArgument(o.mode, 'MSETEX mode'));
    const expiration = o.expiration as { type?: unknown; value?: unknown } | undefined;
    if (expiration === undefined) return;
    const type = tokenArgument(expiration?.type, ['EX', 'PX', 'EXAT', 'PXAT', 'KEEPTTL'], 'MSETEX expiration.type');
    switch (type) {
      case 'KEEPTTL':
        parser.push('KEEPTTL');
        break;
      case 'EXAT':
        parser.push('EXAT', unixSecondsArgument(expiration.value, 'MSETEX expiration.value'));
        break;
      case 'PXAT':
        parser.push('PXAT', unixMillisecondsArgument(expiration.value, 'MSETEX expiration.value'));
        break;
      default:
        parser.push(type, numberArgument(expiration.value, 'MSETEX expiration.value'));
    }
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
