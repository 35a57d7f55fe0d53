import type { Command } from '@x/modules';
import { CommandRequest, invalidArguments, transformFor } from './command-request';

describe('invalidArguments: the check every command gets when it is issued', () => {
  it('accepts what the encoder writes: strings, Buffers and other Uint8Arrays, numbers, bigints', () => {
    expect(invalidArguments(['SET', 'k', Buffer.from('v'), new Uint8Array([1]), 12, 1.5, Infinity, 10n])).toBeUndefined();
  });

  it.each([
    [['SET', 'k', undefined], 'Invalid command argument 2 of SET: undefined (expected a string or a Buffer)'],
    [['SET', 'k', null], 'Invalid command argument 2 of SET: null (expected a string or a Buffer)'],
    [['SET', 'k', {}], 'Invalid command argument 2 of SET: an object (expected a string or a Buffer)'],
    [['SET', 'k', Symbol('s')], 'Invalid command argument 2 of SET: a Symbol (expected a string or a Buffer)'],
    [['SET', 'k', ['v']], 'Invalid command argument 2 of SET: an array (expected a string or a Buffer)'],
    [['SET', 'k', NaN], 'Invalid command argument 2 of SET: NaN (expected a string or a Buffer)'],
    [['set', 'k', true], 'Invalid command argument 2 of SET: boolean (expected a string or a Buffer)'],
    [[null, undefined], 'Invalid command argument 0: null (expected a string or a Buffer)'],
    [[Buffer.from('GET'), () => 1], 'Invalid command argument 1 of GET: a function (expected a string or a Buffer)'],
  ])('%j: a TypeError naming the argument', (args, message) => {
    const error = invalidArguments(args);
    expect(error).toBeInstanceOf(TypeError);
    expect(error!.message).toBe(message);
  });

  it('refuses an empty command', () => {
    expect(invalidArguments([])!.message).toBe('A command needs at least its name: the argument list is empty');
  });
});

describe('transformFor: the transform for the protocol the connection speaks', () => {
  const byResp = { parseCommand() {}, transformReply: { 2: () => 'two', 3: () => 'three' } } as unknown as Command;
  const three = (): string => 'three';

  it('is the one picked for the facade\'s protocol when the connection speaks it', () => {
    expect(transformFor({ definition: byResp, transform: three, shapeResp: 3, preserve: undefined }, 3)).toBe(three);
  });

  it('is picked again from the definition when the handshake fell back to another protocol', () => {
    expect(transformFor({ definition: byResp, transform: three, shapeResp: 3, preserve: undefined }, 2)!(undefined)).toBe('two');
  });

  it('stays as given for a raw command (no definition)', () => {
    expect(transformFor({ definition: undefined, transform: three, shapeResp: 3, preserve: undefined }, 2)).toBe(three);
  });
});

describe('CommandRequest', () => {
  it('takes its timeout from the options, else the fallback, and starts the deadline once', () => {
    const own = new CommandRequest(['GET', 'k'], { timeout: 200 }, () => {}, () => {});
    own.startDeadline(5_000);
    expect(own.timeout).toBe(200);
    const deadline = own.deadline;
    expect(deadline).toBeGreaterThan(0);
    own.startDeadline(5_000);
    expect(own.deadline).toBe(deadline);
    const fallback = new CommandRequest(['GET', 'k'], undefined, () => {}, () => {});
    fallback.startDeadline(5_000);
    expect(fallback.timeout).toBe(5_000);
    const none = new CommandRequest(['GET', 'k'], { timeout: 0 }, () => {}, () => {});
    none.startDeadline(5_000);
    expect([none.timeout, none.deadline]).toEqual([0, 0]);
  });

  it('a retry is the same command with fresh attempt state, and the same deadline', () => {
    const resolve = (): void => {};
    const reject = (): void => {};
    const first = new CommandRequest(['EVALSHA', 'x', '0'], { timeout: 100 }, resolve, reject).shape(undefined, undefined, 3, 'kept');
    first.startDeadline(0);
    first.retainArgs = true;
    first.written = true;
    first.settled = true;
    const next = first.retry();
    expect(next).not.toBe(first);
    expect(next.args).toEqual(['EVALSHA', 'x', '0']);
    expect([next.timeout, next.deadline, next.preserve, next.retainArgs]).toEqual([100, first.deadline, 'kept', true]);
    expect([next.written, next.settled]).toEqual([false, false]);
    expect(next.resolve).toBe(resolve);
    expect(next.reject).toBe(reject);
  });

  it('drops its arguments after the write unless they are kept for another attempt', () => {
    const dropped = new CommandRequest(['SET', 'k', 'big'], undefined, () => {}, () => {});
    dropped.dropArgs();
    expect(dropped.args).toEqual([]);
    const kept = new CommandRequest(['SET', 'k', 'big'], undefined, () => {}, () => {});
    kept.retainArgs = true;
    kept.dropArgs();
    expect(kept.args).toEqual(['SET', 'k', 'big']);
  });

  it('fails to its retrier when it has one, else to its caller', () => {
    const seen: string[] = [];
    const request = new CommandRequest(['GET', 'k'], undefined, () => {}, (e) => seen.push(`caller: ${e.message}`));
    request.fail(new Error('a'));
    request.retrier = { onFailure: (e) => seen.push(`retrier: ${e.message}`) };
    request.fail(new Error('b'));
    expect(seen).toEqual(['caller: a', 'retrier: b']);
  });
});
