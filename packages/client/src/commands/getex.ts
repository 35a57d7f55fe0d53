import type { Command, CommandParser, RedisArgument } from '@x/modules';
import { describeValue, numberArgument, objectArgument } from './helpers/arguments';
import { unixMillisecondsArgument, unixSecondsArgument } from './helpers/unix-time';

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
    const o = objectArgument<Loose>(options, 'GETEX options');
    if ('type' in o) {
      switch (o.type) {
        case 'EX':
        case 'PX':
          parser.push(o.type, numberArgument(o.value, 'GETEX value'));
          return;
        case 'EXAT':
          parser.push('EXAT', unixSecondsArgument(o.value, 'GETEX value'));
          return;
        case 'PXAT':
          parser.push('PXAT', unixMillisecondsArgument(o.value, 'GETEX value'));
          return;
        case 'PERSIST':
          parser.push('PERSIST');
          return;
        default:
          throw new TypeError(`GETEX options.type must be 'EX', 'PX', 'EXAT', 'PXAT' or 'PERSIST', got ${describeValue(o.type)}`);
      }
    }
    if ('EX' in o) parser.push('EX', numberArgument(o.EX, 'GETEX EX'));
    else if ('PX' in o) parser.push('PX', numberArgument(o.PX, 'GETEX PX'));
    else if ('EXAT' in o) parser.push('EXAT', unixSecondsArgument(o.EXAT, 'GETEX EXAT'));
    else if ('PXAT' in o) parser.push('PXAT', unixMillisecondsArgument(o.PXAT, 'GETEX PXAT'));
    else if (o.PERSIST === true) parser.push('PERSIST');
    else throw new TypeError(`GETEX options must be one of { EX }, { PX }, { EXAT }, { PXAT }, { PERSIST: true } or { type, value }, got ${describeValue(options)}`);
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
