import { getTransformReply, parseCommandArguments, RESP_TYPES } from '@x/modules';
import XRANGE from './xrange';

describe('XRANGE', () => {
  it('is read-only; start, end, COUNT', () => {
    expect(XRANGE.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(XRANGE, 's', '-', '+');
    expect(parser.redisArgs).toEqual(['XRANGE', 's', '-', '+']);
    expect(parser.keys).toEqual(['s']);
    expect(parseCommandArguments(XRANGE, 's', '1-0', '2-0', { COUNT: 5 }).redisArgs).toEqual(['XRANGE', 's', '1-0', '2-0', 'COUNT', '5']);
  });

  it('both protocols: [[id, fields]] → [{ id, message }]', () => {
    for (const resp of [2, 3] as const) {
      expect(getTransformReply(XRANGE, resp)!([['1-1', ['f', 'v', 'g', 'w']], ['1-2', []]])).toEqual([
        { id: '1-1', message: { f: 'v', g: 'w' } },
        { id: '1-2', message: {} },
      ]);
    }
  });

  it('the message follows the MAP mapping', () => {
    expect(XRANGE.transformReply([['1-1', ['f', 'v']]], undefined, { [RESP_TYPES.MAP]: Map })).toEqual([
      { id: '1-1', message: new Map([['f', 'v']]) },
    ]);
    expect(XRANGE.transformReply([['1-1', ['f', 'v']]], undefined, { [RESP_TYPES.MAP]: Array })).toEqual([
      { id: '1-1', message: ['f', 'v'] },
    ]);
  });
});
