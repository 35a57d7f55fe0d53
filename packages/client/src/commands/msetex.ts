import { BasicCommandParser, type Command, type CommandParser } from '@x/modules';
import { numberArgument, optionsArgument, stringArgument, tokenArgument, unixTimeArgument } from './helpers/argument-checks';
import { pushMSetPairs, type MSetArguments } from './mset';

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
    const o = optionsArgument<MSetExOptions>('MSETEX', options);
    if (o === undefined) return;
    if (o.mode) parser.push(stringArgument('MSETEX', 'mode', o.mode));
    const expiration = o.expiration as { type?: unknown; value?: unknown } | undefined;
    if (expiration === undefined) return;
    const type = tokenArgument('MSETEX', 'expiration.type', expiration?.type, ['EX', 'PX', 'EXAT', 'PXAT', 'KEEPTTL']);
    switch (type) {
      case 'KEEPTTL':
        parser.push('KEEPTTL');
        break;
      case 'EXAT':
        parser.push('EXAT', unixTimeArgument('MSETEX', 'expiration.value', expiration.value, 's'));
        break;
      case 'PXAT':
        parser.push('PXAT', unixTimeArgument('MSETEX', 'expiration.value', expiration.value, 'ms'));
        break;
      default:
        parser.push(type, numberArgument('MSETEX', 'expiration.value', expiration.value));
    }
  },
  transformReply: undefined as unknown as () => 0 | 1,
} as const satisfies Command;
