import { ReplyError } from '@x/resp';
import { parseRedirect } from './redirect';

const parse = (message: string) => parseRedirect(new ReplyError(message));

describe('parseRedirect', () => {
  it('reads MOVED and ASK: kind, slot, host, port', () => {
    expect(parse('MOVED 3999 127.0.0.1:6381')).toEqual({ kind: 'moved', slot: 3999, host: '127.0.0.1', port: 6381 });
    expect(parse('ASK 0 10.0.0.7:7000')).toEqual({ kind: 'ask', slot: 0, host: '10.0.0.7', port: 7000 });
    expect(parse('MOVED 16383 redis-3.example:6379')).toEqual({ kind: 'moved', slot: 16383, host: 'redis-3.example', port: 6379 });
  });

  it('splits an IPv6 endpoint at its last colon (Redis writes it without brackets)', () => {
    expect(parse('MOVED 12 ::1:7001')).toEqual({ kind: 'moved', slot: 12, host: '::1', port: 7001 });
    expect(parse('ASK 12 2001:db8::2:6379')).toEqual({ kind: 'ask', slot: 12, host: '2001:db8::2', port: 6379 });
  });

  it('keeps an empty endpoint empty (the node does not know it): the caller uses the host that answered', () => {
    expect(parse('MOVED 5 :6380')).toEqual({ kind: 'moved', slot: 5, host: '', port: 6380 });
  });

  it.each([
    ['a slot out of range', 'MOVED 16384 127.0.0.1:6379'],
    ['a negative slot', 'MOVED -1 127.0.0.1:6379'],
    ['a slot that is not an integer', 'MOVED 1.5 127.0.0.1:6379'],
    ['an empty slot', 'MOVED  127.0.0.1:6379'],
    ['no port', 'MOVED 1 127.0.0.1'],
    ['port 0', 'MOVED 1 127.0.0.1:0'],
    ['a port out of range', 'MOVED 1 127.0.0.1:65536'],
    ['a port that is not a number', 'MOVED 1 127.0.0.1:63x9'],
    ['an empty port', 'ASK 1 127.0.0.1:'],
    ['too few words', 'MOVED 1'],
    ['too many words', 'MOVED 1 127.0.0.1:6379 extra'],
  ])('is not a redirect: %s', (_what, message) => {
    expect(parse(message)).toBeUndefined();
  });

  it('is not a redirect for other codes', () => {
    expect(parse('ERR MOVED 1 127.0.0.1:6379')).toBeUndefined();
    expect(parse('TRYAGAIN Multiple keys request during rehashing of slot')).toBeUndefined();
  });
});
