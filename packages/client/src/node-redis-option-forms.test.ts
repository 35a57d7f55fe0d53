import { InvalidOptionError } from './errors';
import { resolveClientOptions } from './resolve-options';

function refusal(fn: () => unknown): InvalidOptionError | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof InvalidOptionError) return error;
    throw error;
  }
  return undefined;
}

describe('socket.keepAlive', () => {
  it("takes node-redis's keep-alive form (keepAlive: true, keepAliveInitialDelay) as x's delay", () => {
    expect(resolveClientOptions({ socket: { keepAlive: true, keepAliveInitialDelay: 30_000 } }).keepAlive).toBe(30_000);
    expect(resolveClientOptions({ socket: { keepAlive: true } }).keepAlive).toBe(5_000);
    expect(resolveClientOptions({ socket: { keepAliveInitialDelay: 1_000 } }).keepAlive).toBe(1_000);
    expect(resolveClientOptions({ socket: { keepAlive: false, keepAliveInitialDelay: 1_000 } }).keepAlive).toBe(false);
    expect(resolveClientOptions({ socket: { keepAlive: 2_000 } }).keepAlive).toBe(2_000);
    expect(refusal(() => resolveClientOptions({ socket: { keepAlive: 2_000, keepAliveInitialDelay: 1_000 } }))?.option).toBe('socket.keepAliveInitialDelay');
    expect(refusal(() => resolveClientOptions({ socket: { keepAliveInitialDelay: -1 } }))?.option).toBe('socket.keepAliveInitialDelay');
    // With TLS it is not passed on to tls.connect as a TLS option.
    expect(resolveClientOptions({ socket: { tls: true, keepAlive: true, keepAliveInitialDelay: 10 } }).tls).toEqual({});
  });
});

describe('commandsQueueMaxLength', () => {
  it('0 means no limit, as in node-redis (it was refused)', () => {
    expect(resolveClientOptions({ commandsQueueMaxLength: 0 }).commandsQueueMaxLength).toBe(Number.MAX_SAFE_INTEGER);
    expect(resolveClientOptions({ commandsQueueMaxLength: 10 }).commandsQueueMaxLength).toBe(10);
    expect(refusal(() => resolveClientOptions({ commandsQueueMaxLength: -1 }))?.option).toBe('commandsQueueMaxLength');
  });
});
