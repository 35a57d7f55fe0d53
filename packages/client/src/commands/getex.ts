import type { Command, CommandParser, RedisArgument } from '@x/modules';

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

function unixSeconds(value: number | Date): string {
  return String(typeof value === 'number' ? value : Math.floor(value.getTime() / 1000));
}

function unixMilliseconds(value: number | Date): string {
  return String(typeof value === 'number' ? value : value.getTime());
}

/** `GETEX key [EX s | PX ms | EXAT t | PXAT t | PERSIST]`: the value (or null). */
export default {
  parseCommand(parser: CommandParser, key: RedisArgument, options: GetExOptions) {
    parser.push('GETEX');
    parser.pushKey(key);
    if ('type' in options) {
      switch (options.type) {
        case 'EX':
        case 'PX':
          parser.push(options.type, String(options.value));
          break;
        case 'EXAT':
          parser.push('EXAT', unixSeconds(options.value));
          break;
        case 'PXAT':
          parser.push('PXAT', unixMilliseconds(options.value));
          break;
        case 'PERSIST':
          parser.push('PERSIST');
          break;
      }
    } else if ('EX' in options) {
      parser.push('EX', String(options.EX));
    } else if ('PX' in options) {
      parser.push('PX', String(options.PX));
    } else if ('EXAT' in options) {
      parser.push('EXAT', unixSeconds(options.EXAT));
    } else if ('PXAT' in options) {
      parser.push('PXAT', unixMilliseconds(options.PXAT));
    } else {
      parser.push('PERSIST');
    }
  },
  transformReply: undefined as unknown as () => string | null,
} as const satisfies Command;
