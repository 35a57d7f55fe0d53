import { RedisError, type RedisErrorOptions } from './redis-error';
import { ReplyError } from './reply-error';
import { ProtocolError } from './protocol-error';

describe('RedisError', () => {
  test('has name, code, message and cause', () => {
    const cause = new Error('socket closed');
    const error = new RedisError('boom', { code: 'ERR_X', cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('RedisError');
    expect(error.code).toBe('ERR_X');
    expect(error.message).toBe('boom');
    expect(error.cause).toBe(cause);
    expect(String(error)).toBe('RedisError: boom');
    expect(new RedisError('x').code).toBe('ERR_REDIS');
    expect('cause' in new RedisError('x')).toBe(false);
  });

  test('ReplyError: code is the first word of the server message', () => {
    expect(new ReplyError('ERR unknown command').code).toBe('ERR');
    expect(new ReplyError('MOVED 3999 127.0.0.1:6381').code).toBe('MOVED');
    expect(new ReplyError('WRONGTYPE Operation against a key').code).toBe('WRONGTYPE');
    expect(new ReplyError('NOSCRIPT No matching script').code).toBe('NOSCRIPT');
    expect(new ReplyError('LOADING').code).toBe('LOADING');
    expect(new ReplyError('').code).toBe('ERR');
    const e = new ReplyError('ASK 1 h:1');
    expect(e.name).toBe('ReplyError');
    expect(e.message).toBe('ASK 1 h:1');
    expect(e.stack).toMatch(/^ReplyError: ASK 1 h:1/);
  });

  test('ProtocolError: ERR_PROTOCOL and the offset', () => {
    const e = new ProtocolError('unknown type byte', 12);
    expect(e.code).toBe('ERR_PROTOCOL');
    expect(e.offset).toBe(12);
    expect(e.name).toBe('ProtocolError');
    expect(e.message).toBe('RESP protocol error at byte 12: unknown type byte');
  });

  test('instanceof follows the class hierarchy', () => {
    const reply = new ReplyError('ERR x');
    const protocol = new ProtocolError('x', 0);
    expect(reply instanceof RedisError).toBe(true);
    expect(reply instanceof ReplyError).toBe(true);
    expect(reply instanceof ProtocolError).toBe(false);
    expect(protocol instanceof RedisError).toBe(true);
    expect(protocol instanceof ReplyError).toBe(false);
    expect(new RedisError('x') instanceof ReplyError).toBe(false);
    expect(new Error('x') instanceof RedisError).toBe(false);
    const notObjects: unknown[] = [null, 'ERR x', 42];
    for (const value of notObjects) expect(value instanceof RedisError).toBe(false);
    expect({} instanceof ReplyError).toBe(false);
  });

  test('instanceof works across two installed copies of the package', () => {
    type Module = { RedisError: typeof RedisError; ReplyError: typeof ReplyError; ProtocolError: typeof ProtocolError };
    let copy: Module | undefined;
    jest.isolateModules(() => {
      copy = jest.requireActual<Module>('./index');
    });
    if (copy === undefined) throw new Error('second copy not loaded');
    // Really two copies: distinct classes.
    expect(copy.ReplyError).not.toBe(ReplyError);
    const fromCopy = new copy.ReplyError('MOVED 1 h:1');
    expect(fromCopy instanceof ReplyError).toBe(true);
    expect(fromCopy instanceof RedisError).toBe(true);
    expect(fromCopy instanceof ProtocolError).toBe(false);
    expect(new ReplyError('ERR') instanceof copy.ReplyError).toBe(true);
    expect(new ReplyError('ERR') instanceof copy.RedisError).toBe(true);
    expect(new ProtocolError('x', 1) instanceof copy.ReplyError).toBe(false);
  });

  test('a subclass in another package brands itself with defineBrand', () => {
    class ClientClosedError extends RedisError {
      static {
        this.defineBrand('@x/test:ClientClosedError', 'ClientClosedError');
      }
      constructor(message = 'The client is closed', options?: RedisErrorOptions) {
        super(message, { code: 'ERR_CLIENT_CLOSED', ...options });
      }
    }
    class TimeoutError extends ClientClosedError {
      static {
        this.defineBrand('@x/test:TimeoutError', 'TimeoutError');
      }
    }
    const closed = new ClientClosedError();
    const timeout = new TimeoutError('timed out');
    expect(closed.name).toBe('ClientClosedError');
    expect(closed.code).toBe('ERR_CLIENT_CLOSED');
    expect(closed instanceof RedisError).toBe(true);
    expect(closed instanceof ClientClosedError).toBe(true);
    expect(closed instanceof TimeoutError).toBe(false);
    expect(timeout instanceof ClientClosedError).toBe(true);
    expect(timeout.name).toBe('TimeoutError');
    expect(new ReplyError('ERR') instanceof ClientClosedError).toBe(false);
  });

  test('an unbranded subclass falls back to prototype instanceof', () => {
    class Plain extends RedisError {}
    expect(new Plain('x') instanceof Plain).toBe(true);
    expect(new Plain('x') instanceof RedisError).toBe(true);
    expect(new RedisError('x') instanceof Plain).toBe(false);
    expect(new ReplyError('ERR') instanceof Plain).toBe(false);
  });
});
