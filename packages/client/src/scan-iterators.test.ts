// The iterators' loop, against a scripted sender: what each step sends, that the cursor of one reply
// is the next step's (also as a Buffer), and that it stops at '0'. HSCAN NOVALUES needs Redis 7.4, so
// its replies can't come from the 7.0 server here (test/scan-iterators.test.ts shows it is sent).
import type { RedisArgument } from '@x/modules';
import { keyMasterSender, scanHashFields, scanHashValues, type ScanSender } from './scan-iterators';

function scripted(replies: Array<[RedisArgument, Array<RedisArgument>]>) {
  const sent: Array<ReadonlyArray<RedisArgument>> = [];
  const sender: ScanSender = {
    sendCommand: <T>(args: ReadonlyArray<RedisArgument>) => {
      sent.push(args);
      return Promise.resolve(replies.shift() as T);
    },
  };
  return { sender, sent };
}

async function collect<T>(iterator: AsyncIterable<T>): Promise<Array<T>> {
  const out: Array<T> = [];
  for await (const item of iterator) out.push(item);
  return out;
}

describe('scanHashFields', () => {
  it('sends HSCAN key cursor [MATCH] [COUNT] NOVALUES until the cursor is 0, yielding the fields', async () => {
    const { sender, sent } = scripted([
      ['17', ['a', 'b']],
      [Buffer.from('0'), ['c']],
    ]);
    expect(await collect(scanHashFields(sender, 'h', { MATCH: '*', COUNT: 2, cursor: '5' }))).toEqual([['a', 'b'], ['c']]);
    expect(sent).toEqual([
      ['HSCAN', 'h', '5', 'MATCH', '*', 'COUNT', '2', 'NOVALUES'],
      ['HSCAN', 'h', '17', 'MATCH', '*', 'COUNT', '2', 'NOVALUES'],
    ]);
  });
});

describe('scanHashValues', () => {
  it('yields the values of each step', async () => {
    const { sender, sent } = scripted([
      ['3', ['f1', 'v1', 'f2', 'v2']],
      ['0', []],
    ]);
    expect(await collect(scanHashValues(sender, 'h'))).toEqual([['v1', 'v2'], []]);
    expect(sent).toEqual([
      ['HSCAN', 'h', '0'],
      ['HSCAN', 'h', '3'],
    ]);
  });
});

describe('keyMasterSender', () => {
  it("routes every step by the key, as a write (to the slot's master), with the caller's options", async () => {
    const calls: Array<unknown[]> = [];
    const cluster = {
      sendCommand: <T>(...args: unknown[]) => {
        calls.push(args);
        return Promise.resolve(['0', []] as T);
      },
    };
    await collect(scanHashValues(keyMasterSender(cluster, 'h'), 'h'));
    expect(calls).toEqual([['h', false, ['HSCAN', 'h', '0'], undefined]]);
  });
});
