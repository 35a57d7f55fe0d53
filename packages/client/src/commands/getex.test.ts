import { getTransformReply, parseCommandArguments } from '@x/modules';
import GETEX from './getex';

describe('GETEX', () => {
  const date = new Date(1_700_000_000_123);

  it('writes and records the key', () => {
    expect('IS_READ_ONLY' in GETEX).toBe(false);
    expect(parseCommandArguments(GETEX, 'key', { PERSIST: true }).keys).toEqual(['key']);
  });

  it.each([
    [{ type: 'EX', value: 10 }, ['EX', '10']],
    [{ type: 'PX', value: 100 }, ['PX', '100']],
    [{ type: 'EXAT', value: 1700000000 }, ['EXAT', '1700000000']],
    [{ type: 'EXAT', value: date }, ['EXAT', '1700000000']],
    [{ type: 'PXAT', value: 1700000000123 }, ['PXAT', '1700000000123']],
    [{ type: 'PXAT', value: date }, ['PXAT', '1700000000123']],
    [{ type: 'PERSIST' }, ['PERSIST']],
  ] as const)('v5 form %j', (options, expected) => {
    expect(parseCommandArguments(GETEX, 'key', options).redisArgs).toEqual(['GETEX', 'key', ...expected]);
  });

  it.each([
    [{ EX: 10 }, ['EX', '10']],
    [{ PX: 100 }, ['PX', '100']],
    [{ EXAT: 1700000000 }, ['EXAT', '1700000000']],
    [{ EXAT: date }, ['EXAT', '1700000000']],
    [{ PXAT: date }, ['PXAT', '1700000000123']],
    [{ PERSIST: true }, ['PERSIST']],
  ] as const)('v4 form %j', (options, expected) => {
    expect(parseCommandArguments(GETEX, 'key', options).redisArgs).toEqual(['GETEX', 'key', ...expected]);
  });

  it('resolves with the value or null as decoded', () => {
    expect(getTransformReply(GETEX, 2)).toBeUndefined();
    expect(getTransformReply(GETEX, 3)).toBeUndefined();
  });
});
