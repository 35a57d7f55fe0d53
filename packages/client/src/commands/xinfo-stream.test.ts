import { parseCommandArguments, RESP_TYPES } from '@x/modules';
import XINFO_CONSUMERS from './xinfo-consumers';
import XINFO_GROUPS from './xinfo-groups';
import XINFO_STREAM from './xinfo-stream';
import XPENDING from './xpending';
import XPENDING_RANGE from './xpending-range';

const first = ['1-1', ['a', '1']];

describe('XINFO and XPENDING', () => {
  it('XINFO STREAM: not cacheable; RESP2 flat → object with the entries reshaped', () => {
    expect(XINFO_STREAM.CACHEABLE).toBe(false);
    expect(XINFO_STREAM.transformReply[2](['length', 1, 'first-entry', first, 'last-entry', null])).toEqual({
      length: 1,
      'first-entry': { id: '1-1', message: { a: '1' } },
      'last-entry': null,
    });
  });

  it('XINFO STREAM: RESP3 keeps the shape of the MAP mapping, entries reshaped', () => {
    expect(XINFO_STREAM.transformReply[3]({ length: 1, 'first-entry': first, 'last-entry': first })).toEqual({
      length: 1,
      'first-entry': { id: '1-1', message: { a: '1' } },
      'last-entry': { id: '1-1', message: { a: '1' } },
    });
    const asMap = XINFO_STREAM.transformReply[3](new Map<string, unknown>([['first-entry', first], ['last-entry', null]]), undefined, {
      [RESP_TYPES.MAP]: Map,
    }) as unknown as Map<string, unknown>;
    expect(asMap.get('first-entry')).toEqual({ id: '1-1', message: new Map([['a', '1']]) });
    expect(XINFO_STREAM.transformReply[3](['first-entry', first, 'last-entry', null], undefined, { [RESP_TYPES.MAP]: Array })).toEqual([
      'first-entry',
      { id: '1-1', message: ['a', '1'] },
      'last-entry',
      null,
    ]);
  });

  it("XINFO STREAM refuses x's earlier FULL option", () => {
    expect(() => parseCommandArguments(XINFO_STREAM, 's', { FULL: {} } as never)).toThrow(/FULL changes the reply/);
  });

  it('XINFO CONSUMERS / GROUPS: RESP2 flat arrays → objects; RESP3 as decoded', () => {
    expect(XINFO_CONSUMERS.transformReply[2]([['name', 'a', 'pending', 1, 'idle', 2, 'inactive', 3]])).toEqual([
      { name: 'a', pending: 1, idle: 2, inactive: 3 },
    ]);
    expect(XINFO_GROUPS.CACHEABLE).toBe(false);
    expect(
      XINFO_GROUPS.transformReply[2]([['name', 'g', 'consumers', 1, 'pending', 2, 'last-delivered-id', '1-1', 'entries-read', null, 'lag', 0]]),
    ).toEqual([{ name: 'g', consumers: 1, pending: 2, 'last-delivered-id': '1-1', 'entries-read': null, lag: 0 }]);
  });

  it('XPENDING: the summary object; consumer counts parsed; no pending → nulls', () => {
    expect(XPENDING.transformReply([2, '1-1', '1-2', [['alice', '2']]])).toEqual({
      pending: 2,
      firstId: '1-1',
      lastId: '1-2',
      consumers: [{ name: 'alice', deliveriesCounter: 2 }],
    });
    expect(XPENDING.transformReply([0, null, null, null])).toEqual({ pending: 0, firstId: null, lastId: null, consumers: null });
    expect(() => parseCommandArguments(XPENDING, 's', 'g', { start: '-' } as never)).toThrow(/use xPendingRange/);
  });

  it('XPENDING range: IDLE before the range, the consumer after; entries as objects', () => {
    expect(parseCommandArguments(XPENDING_RANGE, 's', 'g', '-', '+', 10, { IDLE: 5, consumer: 'c' }).redisArgs).toEqual([
      'XPENDING', 's', 'g', 'IDLE', '5', '-', '+', '10', 'c',
    ]);
    expect(XPENDING_RANGE.transformReply([['1-1', 'c', 7, 1]])).toEqual([
      { id: '1-1', consumer: 'c', millisecondsSinceLastDelivery: 7, deliveriesCounter: 1 },
    ]);
  });
});
