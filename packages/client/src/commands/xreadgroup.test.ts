import { parseCommandArguments } from '@x/modules';
import XREADGROUP from './xreadgroup';

describe('XREADGROUP', () => {
  it('writes (moves entries to the pending list); group and consumer are not keys', () => {
    expect('IS_READ_ONLY' in XREADGROUP).toBe(false);
    const parser = parseCommandArguments(XREADGROUP, 'g', 'c', { key: 's', id: '>' });
    expect(parser.redisArgs).toEqual(['XREADGROUP', 'GROUP', 'g', 'c', 'STREAMS', 's', '>']);
    expect(parser.keys).toEqual(['s']);
  });

  it('COUNT, BLOCK, NOACK and several streams', () => {
    const parser = parseCommandArguments(
      XREADGROUP,
      'g',
      'c',
      [
        { key: 'a', id: '>' },
        { key: 'b', id: '0' },
      ],
      { COUNT: 1, BLOCK: 100, NOACK: true },
    );
    expect(parser.redisArgs).toEqual([
      'XREADGROUP', 'GROUP', 'g', 'c', 'COUNT', '1', 'BLOCK', '100', 'NOACK', 'STREAMS', 'a', 'b', '>', '0',
    ]);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it('RESP2 and RESP3 give the same [{ name, messages }]', () => {
    const entries = [['1-1', ['f', 'v']]];
    const expected = [{ name: 's', messages: [{ id: '1-1', message: { f: 'v' } }] }];
    expect(XREADGROUP.transformReply[2]([['s', entries]])).toEqual(expected);
    expect(XREADGROUP.transformReply[3]({ s: entries })).toEqual(expected);
  });

  it('an entry deleted since delivery (history read) has a null message', () => {
    // What redis 7.0 sends for `XREADGROUP … STREAMS s 0` after `XDEL s 1-1`.
    expect(XREADGROUP.transformReply[2]([['s', [['1-1', null]]]])).toEqual([{ name: 's', messages: [{ id: '1-1', message: null }] }]);
    expect(XREADGROUP.transformReply[3]({ s: [['1-1', null]] })).toEqual([{ name: 's', messages: [{ id: '1-1', message: null }] }]);
  });

  it('null stays null', () => {
    expect(XREADGROUP.transformReply[2](null)).toBeNull();
    expect(XREADGROUP.transformReply[3](null)).toBeNull();
  });
});
