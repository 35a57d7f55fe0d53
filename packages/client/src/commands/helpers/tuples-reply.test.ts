import { RESP_TYPES } from '@x/modules';
import { tuplesToMapReply } from './tuples-reply';

describe('tuplesToMapReply (node-redis transformTuplesReply)', () => {
  const flat = [Buffer.from('a'), Buffer.from('1'), 'b', '2'];

  it('an object with string keys by default', () => {
    expect(tuplesToMapReply(flat, undefined)).toEqual({ a: Buffer.from('1'), b: '2' });
  });

  it('a Map with string keys under MAP: Map', () => {
    expect(tuplesToMapReply(flat, { [RESP_TYPES.MAP]: Map })).toEqual(
      new Map<string, unknown>([
        ['a', Buffer.from('1')],
        ['b', '2'],
      ]),
    );
  });

  it('the flat array itself under MAP: Array', () => {
    expect(tuplesToMapReply(flat, { [RESP_TYPES.MAP]: Array })).toBe(flat);
  });
});
