import { getTransformReply, parseCommandArguments } from '@x/modules';
import SSCAN from './sscan';

describe('SSCAN', () => {
  it('is read-only; parses cursor and options', () => {
    expect(SSCAN.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(SSCAN, 's', '0', { COUNT: 20 });
    expect(parser.redisArgs).toEqual(['SSCAN', 's', '0', 'COUNT', '20']);
    expect(parser.keys).toEqual(['s']);
    expect(parseCommandArguments(SSCAN, 's', 7, { MATCH: 'm*' }).redisArgs).toEqual(['SSCAN', 's', '7', 'MATCH', 'm*']);
  });

  it('turns [cursor, members] into { cursor, members } in both protocols', () => {
    for (const resp of [2, 3] as const) {
      expect(getTransformReply(SSCAN, resp)!(['0', ['a']])).toEqual({ cursor: '0', members: ['a'] });
    }
  });
});
