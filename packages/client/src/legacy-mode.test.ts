import type { RedisArgument } from '@x/modules';
import { pushLegacyArguments } from './legacy-mode';

describe('pushLegacyArguments', () => {
  it('flattens nested arrays and sends numbers and Dates as their toString(), as node-redis does', () => {
    const date = new Date(0);
    const args: RedisArgument[] = ['HSET'];
    const buffer = Buffer.from('b');
    pushLegacyArguments(args, ['h', ['f', 1, ['g', 2.5]], buffer, date, []]);
    expect(args).toEqual(['HSET', 'h', 'f', '1', 'g', '2.5', buffer, date.toString()]);
  });
});
