import { parseCommandArguments, RESP_TYPES } from '@x/modules';
import XAUTOCLAIM from './xautoclaim';
import XAUTOCLAIM_JUSTID from './xautoclaim-justid';
import XCLAIM from './xclaim';
import XCLAIM_JUSTID from './xclaim-justid';

describe('XAUTOCLAIM and XCLAIM', () => {
  it('XAUTOCLAIM: { nextId, messages: [{ id, message }], deletedMessages }; a null entry stays null', () => {
    expect(parseCommandArguments(XAUTOCLAIM, 's', 'g', 'c', 10, '0-0', { COUNT: 5 }).redisArgs).toEqual([
      'XAUTOCLAIM', 's', 'g', 'c', '10', '0-0', 'COUNT', '5',
    ]);
    expect(XAUTOCLAIM.transformReply(['2-0', [['1-1', ['a', '1']], null], ['1-9']])).toEqual({
      nextId: '2-0',
      messages: [{ id: '1-1', message: { a: '1' } }, null],
      deletedMessages: ['1-9'],
    });
    expect(XAUTOCLAIM.transformReply(['0-0', [['1-1', ['a', '1']]], []], undefined, { [RESP_TYPES.MAP]: Map }).messages[0]!.message).toEqual(
      new Map([['a', '1']]),
    );
  });

  it("XAUTOCLAIM_JUSTID: JUSTID last; x's earlier { JUSTID } option on XAUTOCLAIM is refused", () => {
    expect(parseCommandArguments(XAUTOCLAIM_JUSTID, 's', 'g', 'c', 0, '0-0').redisArgs.at(-1)).toBe('JUSTID');
    expect(XAUTOCLAIM_JUSTID.transformReply(['0-0', ['1-1'], []])).toEqual({ nextId: '0-0', messages: ['1-1'], deletedMessages: [] });
    expect(() => parseCommandArguments(XAUTOCLAIM, 's', 'g', 'c', 0, '0-0', { JUSTID: true } as never)).toThrow(/use xAutoClaimJustId/);
  });

  it('XCLAIM: every option in order, TIME from a Date', () => {
    const parser = parseCommandArguments(XCLAIM, 's', 'g', 'c', 0, ['1-1', '1-2'], {
      IDLE: 1,
      TIME: new Date(1700000000000),
      RETRYCOUNT: 2,
      FORCE: true,
      LASTID: '1-2',
    });
    expect(parser.redisArgs).toEqual([
      'XCLAIM', 's', 'g', 'c', '0', '1-1', '1-2', 'IDLE', '1', 'TIME', '1700000000000', 'RETRYCOUNT', '2', 'FORCE', 'LASTID', '1-2',
    ]);
    expect(XCLAIM.transformReply([['1-1', ['a', '1']], null])).toEqual([{ id: '1-1', message: { a: '1' } }, null]);
    expect(parseCommandArguments(XCLAIM_JUSTID, 's', 'g', 'c', '0', '1-1').redisArgs).toEqual(['XCLAIM', 's', 'g', 'c', '0', '1-1', 'JUSTID']);
  });
});
