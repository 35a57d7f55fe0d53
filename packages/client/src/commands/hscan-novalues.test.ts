import { parseCommandArguments } from '@x/modules';
import HSCAN_NOVALUES from './hscan-novalues';

describe('HSCAN_NOVALUES', () => {
  it('sends NOVALUES after the scan options and resolves with { cursor, fields }', () => {
    expect(parseCommandArguments(HSCAN_NOVALUES, 'h', '0', { MATCH: 'f*', COUNT: 2 }).redisArgs).toEqual([
      'HSCAN', 'h', '0', 'MATCH', 'f*', 'COUNT', '2', 'NOVALUES',
    ]);
    expect(HSCAN_NOVALUES.transformReply(['5', ['a', 'b']])).toEqual({ cursor: '5', fields: ['a', 'b'] });
  });
});
