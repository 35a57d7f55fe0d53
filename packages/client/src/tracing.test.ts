import { sanitizeArgs, traceClientId } from './tracing';

describe('sanitizeArgs', () => {
  it.each([
    [['GET', 'k'], ['GET', 'k']],
    [['SET', 'k', 'secret-value', 'EX', '10'], ['SET', 'k', '?', '?', '?']],
    [['HSET', 'h', 'f', 'v'], ['HSET', 'h', 'f', '?']],
    [['ECHO', 'hi'], ['ECHO', '?']],
    [['AUTH', 'pw'], ['AUTH', '?']],
    [['AUTH', 'user', 'pw'], ['AUTH', '?', '?']],
    [['HELLO', '3', 'AUTH', 'default', 'pw', 'SETNAME', 'n'], ['HELLO', '?', '?', '?', '?', '?', '?']],
    [['MIGRATE', 'h', '6379', '', '0', '5000', 'AUTH2', 'u', 'pw', 'KEYS', 'a'], ['MIGRATE', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?']],
    [['MIGRATE', 'h', '6379', 'k', '0', '5000', 'AUTH', 'pw'], ['MIGRATE', '?', '?', '?', '?', '?', '?', '?']],
  ])('%j shows as %j', (args, shown) => {
    expect(sanitizeArgs(args)).toEqual(shown);
  });

  it('hides ACL SETUSER rules and CONFIG SET values, which node-redis shows', () => {
    expect(sanitizeArgs(['ACL', 'SETUSER', 'alice', 'on', '>pw', '~*'])).toEqual(['ACL', 'SETUSER', 'alice', '?', '?', '?']);
    expect(sanitizeArgs(['CONFIG', 'SET', 'requirepass', 'pw'])).toEqual(['CONFIG', 'SET', 'requirepass', '?']);
    expect(sanitizeArgs(['CONFIG', 'GET', 'maxmemory'])).toEqual(['CONFIG', 'GET', 'maxmemory']);
  });

  it('shows Buffers as text and nothing for no arguments', () => {
    expect(sanitizeArgs([Buffer.from('GET'), Buffer.from('k')])).toEqual(['GET', 'k']);
    expect(sanitizeArgs([])).toEqual([]);
  });
});

describe('traceClientId', () => {
  it('is host:port/db-<8 hex>, at most 128 characters', () => {
    expect(traceClientId('127.0.0.1', 6379, 2)).toMatch(/^127\.0\.0\.1:6379\/2-[0-9a-f]{8}$/);
    const long = traceClientId('h'.repeat(300), 1, 0);
    expect(long.length).toBe(128);
    expect(long).toMatch(/\.\.\.-[0-9a-f]{8}$/);
  });
});
