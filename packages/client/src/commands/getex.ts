import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { argumentError, numberArgument, objectArgument, unixTimeArgument } from './helpers/argument-checks';

/** How `GETEX` changes the time to live, in node-redis's forms (`{ type, value }` or one flag). */
export type GetExOptions =
  | { type: 'EX' | 'PX'; value: number }
  | { type: 'EXAT' | 'PXAT'; value: number | Date }
  | { type: 'PERSIST' }
  | { EX: number }
  | { PX: number }
  | { EXAT: number | Date }
  | { PXAT: number | Date }
  | { PERSIST: true };

type Loose = { type?: unknown; value?: unknown; EX?: unknown; PX?: unknown; EXAT?: unknown; PXAT?: unknown; PERSIST?: unknown };

/**
 * `GETEX key [EX s | PX ms | EXAT t | PXAT t | PERSIST]`: the value (or null). `EXAT`/`PXAT` take a
 * Unix time or a Date. Options that name none of these are refused (node-redis would send `PERSIST`).
 */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, options: GetExOptions) {
    parser.push('GETEX');
    parser.pushKey(key);
    const o = objectArgument<Loose>('GETEX', 'options', options);
    if ('type' in o) {
      switch (o.type) {
        case 'EX':
        case 'PX':
          parser.push(o.type, numberArgument('GETEX', 'value', o.value));
          return;
        case 'EXAT':
          parser.push('EXAT', unixTimeArgument('GETEX', 'value', o.value, 's'));
          return;
        case 'PXAT':
          parser.push('PXAT', unixTimeArgument('GETEX', 'value', o.value, 'ms'));
          return;
        case 'PERSIST':
          parser.push('PERSIST');
          return;
        default:
          throw argumentError('GETEX', 'options.type', "'EX', 'PX', 'EXAT', 'PXAT' or 'PERSIST'", o.type);
      }
    }
    if ('EX' in o) parser.push('EX', numberArgument('GETEX', 'EX', o.EX));
    else if ('PX' in o) parser.push('PX', numberArgument('GETEX', 'PX', o.PX));
    else if ('EXAT' in o) parser.push('EXAT', unixTimeArgument('GETEX', 'EXAT', o.EXAT, 's'));
    else if ('PXAT' in o) parser.push('PXAT', unixTimeArgument('GETEX', 'PXAT', o.PXAT, 'ms'));
    else if (o.PERSIST === true) parser.push('PERSIST');
    else throw argumentError('GETEX', 'options', 'one of { EX }, { PX }, { EXAT }, { PXAT }, { PERSIST: true } or { type, value }', options);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
