import { RESP_TYPES, type Command } from '@x/modules';
import { ReplyError } from '@x/resp';
import { CommandQueue } from './command-queue';
import { DECODE_DEFAULT } from './decode-flags';
import { CommandRequest, type CommandRequest as Request } from './command-request';
import { AbortError, AbortReadError, MultiErrorReply, TimeoutError, TimeoutReadError } from './errors';
import type { CommandOptions } from './options';

// The reply FIFO on its own: commands in, bytes written out, bytes of replies in, outcomes out.
interface Outcome {
  value?: unknown;
  error?: Error;
}

function setup() {
  const pushes: Array<{ push: unknown[]; confirmation: boolean }> = [];
  const events: string[] = [];
  const queue = new CommandQueue({
    onPush: (push, confirmation) => pushes.push({ push, confirmation }),
    onFatal: (error) => events.push(`fatal: ${error.message}`),
    onUnexpectedReply: () => events.push('unexpected'),
    onNoneLive: () => events.push('none live'),
  });
  const outcomes = new Map<string, Outcome>();
  const request = (name: string, args: unknown[], options?: CommandOptions): Request => {
    const r = new CommandRequest(args as string[], options, (value) => outcomes.set(name, { value }), (error) => outcomes.set(name, { error }));
    return r;
  };
  const written = (): string => (queue.takeWrites() ?? []).map((chunk) => chunk.toString()).join('');
  const reply = (resp: string): void => queue.decode(Buffer.from(resp));
  return { queue, request, outcomes, pushes, events, written, reply };
}

const GET_UPPER = {
  parseCommand() {},
  transformReply: { 2: (reply: unknown) => `resp2:${String(reply)}`, 3: (reply: unknown) => `resp3:${String(reply)}` },
} as unknown as Command;

describe('CommandQueue', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('writes every queued command in one flush and hands each reply to its command, in order', () => {
    const { queue, request, outcomes, written, reply } = setup();
    queue.add(request('a', ['GET', 'a']));
    queue.add(request('b', ['GET', 'b']));
    expect(written()).toBe('*2\r\n$3\r\nGET\r\n$1\r\na\r\n*2\r\n$3\r\nGET\r\n$1\r\nb\r\n');
    expect(queue.waitingForReply).toBe(2);
    reply('$1\r\n1\r\n$1\r\n2\r\n');
    expect(outcomes.get('a')).toEqual({ value: '1' });
    expect(outcomes.get('b')).toEqual({ value: '2' });
    expect(queue.length).toBe(0);
  });

  it('an error reply rejects its command only', () => {
    const { queue, request, outcomes, written, reply } = setup();
    queue.add(request('a', ['INCR', 'a']));
    queue.add(request('b', ['GET', 'b']));
    written();
    reply('-WRONGTYPE Operation against a key holding the wrong kind of value\r\n$1\r\nx\r\n');
    expect(outcomes.get('a')!.error).toBeInstanceOf(ReplyError);
    expect((outcomes.get('a')!.error as ReplyError).code).toBe('WRONGTYPE');
    expect(outcomes.get('b')).toEqual({ value: 'x' });
  });

  it('shapes a reply with the transform of the protocol the connection speaks, and its preserve', () => {
    const { queue, request, outcomes, written, reply } = setup();
    queue.add(request('r3', ['GET', 'k']).shape(GET_UPPER, (r: unknown) => `resp3:${String(r)}`, 3, undefined));
    written();
    reply('$1\r\nv\r\n');
    expect(outcomes.get('r3')).toEqual({ value: 'resp3:v' });
    queue.resp2 = true; // the handshake fell back to RESP2: the same request shape gets the RESP2 transform
    queue.add(request('r2', ['GET', 'k']).shape(GET_UPPER, (r: unknown) => `resp3:${String(r)}`, 3, undefined));
    written();
    reply('$1\r\nv\r\n');
    expect(outcomes.get('r2')).toEqual({ value: 'resp2:v' });
    const withPreserve = request('p', ['GET', 'k']).shape(undefined, (r: unknown, preserve?: unknown) => [r, preserve], 3, 'kept');
    queue.add(withPreserve);
    written();
    reply('$1\r\nv\r\n');
    expect(outcomes.get('p')).toEqual({ value: ['v', 'kept'] });
  });

  it('a transform that throws rejects that command only', () => {
    const { queue, request, outcomes, written, reply } = setup();
    queue.add(request('bad', ['GET', 'a']).shape(undefined, () => { throw new Error('boom'); }, 3, undefined));
    queue.add(request('good', ['GET', 'b']));
    written();
    reply('$1\r\n1\r\n$1\r\n2\r\n');
    expect(outcomes.get('bad')!.error!.message).toBe('boom');
    expect(outcomes.get('good')).toEqual({ value: '2' });
  });

  it('a command that timed out after it was written stays as a tombstone: its late reply is discarded in order', () => {
    const { queue, request, outcomes, written, reply, events } = setup();
    const slow = request('slow', ['GET', 'slow']);
    slow.startDeadline(100);
    queue.add(slow);
    written();
    jest.advanceTimersByTime(100);
    expect(outcomes.get('slow')!.error).toBeInstanceOf(TimeoutReadError);
    expect((outcomes.get('slow')!.error as TimeoutError).sent).toBe(true);
    expect(events).toContain('none live');
    queue.add(request('next', ['GET', 'next']));
    written();
    expect(queue.waitingForReply).toBe(2); // the tombstone and the next command
    reply('$4\r\nlate\r\n$4\r\nmine\r\n');
    expect(outcomes.get('next')).toEqual({ value: 'mine' });
  });

  describe('the reply owed to a tombstone is stepped over, not built', () => {
    it('a reply arriving when its command timed out is skipped; the next reply is decoded for its command', () => {
      const { queue, request, outcomes, written, reply } = setup();
      const slow = request('slow', ['LRANGE', 'l', '0', '-1']);
      slow.startDeadline(100);
      queue.add(slow);
      queue.add(request('next', ['GET', 'next']));
      written();
      jest.advanceTimersByTime(100);
      expect(queue.skipping).toBe(true);
      // Its reply starts, cut anywhere, and takes nothing to hold: a bulk payload is counted, not collected.
      reply('*3\r\n$5\r\nab');
      reply('cde\r\n$1000000\r\n' + 'x'.repeat(4096));
      expect(queue.bufferedBytes).toBe(0);
      reply('x'.repeat(1_000_000 - 4096) + '\r\n:1\r\n$4\r\nmine\r\n');
      expect(outcomes.get('next')).toEqual({ value: 'mine' });
      expect(queue.skipping).toBe(false);
      expect(queue.length).toBe(0);
    });

    it('a reply already arriving when its command times out is dropped from there on', () => {
      const { queue, request, outcomes, written, reply } = setup();
      const slow = request('slow', ['GET', 'big']);
      slow.startDeadline(100);
      queue.add(slow);
      queue.add(request('next', ['GET', 'next']));
      written();
      reply('$1000000\r\n' + 'y'.repeat(65536));
      expect(queue.bufferedBytes).toBeGreaterThan(65536); // collected while it is waited for
      jest.advanceTimersByTime(100);
      expect(outcomes.get('slow')!.error).toBeInstanceOf(TimeoutError);
      expect(queue.bufferedBytes).toBe(0);
      reply('y'.repeat(1_000_000 - 65536) + '\r\n$2\r\nok\r\n');
      expect(outcomes.get('next')).toEqual({ value: 'ok' });
    });

    it('an aborted command at the head: its reply is skipped too', () => {
      const { queue, request, outcomes, written, reply } = setup();
      const aborted = request('aborted', ['HGETALL', 'h']);
      queue.add(aborted);
      queue.add(request('next', ['GET', 'n']));
      written();
      reply('%2\r\n+a\r\n');
      queue.abort(aborted, 'stop');
      reply(':1\r\n+b\r\n:2\r\n$1\r\nn\r\n');
      expect(outcomes.get('aborted')!.error).toBeInstanceOf(AbortReadError);
      expect(outcomes.get('next')).toEqual({ value: 'n' });
    });

    it('a tombstone behind a live command: skipping starts when it reaches the head, and an error reply is skipped as one', () => {
      const { queue, request, outcomes, written, reply } = setup();
      queue.add(request('first', ['GET', 'a']));
      const slow = request('slow', ['INCR', 's']);
      slow.startDeadline(100);
      queue.add(slow);
      queue.add(request('third', ['GET', 'c']));
      written();
      jest.advanceTimersByTime(100);
      expect(queue.skipping).toBe(false);
      reply('$1\r\na\r\n');
      expect(queue.skipping).toBe(true);
      reply('-WRONGTYPE no\r\n$1\r\nc\r\n');
      expect(outcomes.get('first')).toEqual({ value: 'a' });
      expect(outcomes.get('slow')!.error).toBeInstanceOf(TimeoutError);
      expect(outcomes.get('third')).toEqual({ value: 'c' });
    });

    it('a timed-out pipeline: each of its replies is skipped and counted', () => {
      const { queue, request, outcomes, written, reply } = setup();
      const pipeline = request('p', []);
      const raw = (args: string[]) => ({ args, definition: undefined, transform: undefined, shapeResp: 3 as const, preserve: undefined, firstKey: undefined });
      pipeline.batch = { transaction: false, guard: undefined, commands: [raw(['GET', 'a']), raw(['GET', 'b'])] };
      pipeline.startDeadline(100);
      queue.add(pipeline);
      queue.add(request('next', ['GET', 'n']));
      written();
      reply('$1\r\na\r\n');
      jest.advanceTimersByTime(100);
      reply('$1\r\nb\r\n$1\r\nn\r\n');
      expect(outcomes.get('p')!.error).toBeInstanceOf(TimeoutError);
      expect(outcomes.get('next')).toEqual({ value: 'n' });
    });

    it('never in MONITOR mode: a monitor line is not taken for the reply a timed-out PING owes', () => {
      const { queue, request, outcomes, written, reply } = setup();
      const lines: unknown[] = [];
      queue.startMonitor({ listener: (line) => lines.push(line), decode: DECODE_DEFAULT });
      const ping = request('ping', ['PING']);
      ping.retainArgs = true; // (as the monitor layer keeps them: replies are told from lines by their command)
      ping.startDeadline(100);
      queue.add(ping);
      written();
      jest.advanceTimersByTime(100);
      expect(queue.skipping).toBe(false);
      reply('+1700000000.1 [0 127.0.0.1:1] "GET" "k"\r\n+PONG\r\n');
      expect(lines).toEqual(['1700000000.1 [0 127.0.0.1:1] "GET" "k"']);
      expect(outcomes.get('ping')!.error).toBeInstanceOf(TimeoutError);
      expect(queue.length).toBe(0);
    });

    it('never in RESP2 subscriber mode (a message would be taken for the reply) nor for a pub/sub command', () => {
      const { queue, request, outcomes, written, reply, pushes } = setup();
      queue.resp2 = true;
      queue.resp2Subscribed = true;
      const ping = request('ping', ['PING']);
      ping.startDeadline(100);
      queue.add(ping);
      written();
      jest.advanceTimersByTime(100);
      expect(queue.skipping).toBe(false);
      reply('*3\r\n$7\r\nmessage\r\n$1\r\na\r\n$2\r\nhi\r\n*2\r\n$4\r\npong\r\n$0\r\n\r\n');
      expect(pushes.map((p) => p.push[0])).toEqual(['message']);
      expect(outcomes.get('ping')!.error).toBeInstanceOf(TimeoutError);
      expect(queue.length).toBe(0);
    });
  });

  it('a command that timed out before it was written is never written', () => {
    const { queue, request, outcomes, written } = setup();
    const unsent = request('unsent', ['GET', 'x']);
    unsent.startDeadline(50);
    queue.add(unsent);
    jest.advanceTimersByTime(50);
    expect(outcomes.get('unsent')!.error).toBeInstanceOf(TimeoutError);
    expect(outcomes.get('unsent')!.error).not.toBeInstanceOf(TimeoutReadError);
    expect(written()).toBe('');
  });

  it('an abort: before the write, never written; after, a tombstone (AbortReadError: it may have run)', () => {
    const { queue, request, outcomes, written, reply } = setup();
    const early = request('early', ['GET', 'a']);
    queue.add(early);
    queue.abort(early, 'stop');
    expect(outcomes.get('early')!.error).toBeInstanceOf(AbortError);
    expect((outcomes.get('early')!.error as AbortError).sent).toBe(false);
    expect(written()).toBe('');
    const late = request('late', ['GET', 'b']);
    queue.add(late);
    written();
    queue.abort(late, 'stop');
    expect(outcomes.get('late')!.error).toBeInstanceOf(AbortReadError);
    queue.add(request('after', ['GET', 'c']));
    written();
    reply('$1\r\nb\r\n$1\r\nc\r\n');
    expect(outcomes.get('after')).toEqual({ value: 'c' });
  });

  it('a command whose argument can\'t be encoded fails alone; the flush never throws and writes the others', () => {
    const { queue, request, outcomes, written, reply } = setup();
    queue.add(request('before', ['SET', 'a', '1']));
    queue.add(request('bad', ['SET', 'b', {}]));
    queue.add(request('after', ['SET', 'c', '3']));
    const bytes = written();
    expect(outcomes.get('bad')!.error).toBeInstanceOf(TypeError);
    expect(bytes).toBe('*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\n1\r\n*3\r\n$3\r\nSET\r\n$1\r\nc\r\n$1\r\n3\r\n');
    reply('+OK\r\n+OK\r\n');
    expect(outcomes.get('before')).toEqual({ value: 'OK' });
    expect(outcomes.get('after')).toEqual({ value: 'OK' });
  });

  it('a transaction is written whole (MULTI … EXEC) and settles with its commands\' shaped replies', () => {
    const { queue, request, outcomes, written, reply } = setup();
    const tx = request('tx', []);
    tx.batch = {
      transaction: true,
      guard: undefined,
      commands: [
        { args: ['SET', 'a', '1'], definition: undefined, transform: undefined, shapeResp: 3, preserve: undefined, firstKey: 'a' },
        { args: ['GET', 'a'], definition: GET_UPPER, transform: (r: unknown) => `resp3:${String(r)}`, shapeResp: 3, preserve: undefined, firstKey: 'a' },
      ],
    };
    queue.add(tx);
    expect(written()).toBe('*1\r\n$5\r\nMULTI\r\n*3\r\n$3\r\nSET\r\n$1\r\na\r\n$1\r\n1\r\n*2\r\n$3\r\nGET\r\n$1\r\na\r\n*1\r\n$4\r\nEXEC\r\n');
    reply('+OK\r\n+QUEUED\r\n+QUEUED\r\n*2\r\n+OK\r\n$1\r\n1\r\n');
    expect(outcomes.get('tx')).toEqual({ value: ['OK', 'resp3:1'] });
  });

  it('a batch after ASKING carries it inside the unit, and leaves its reply out', () => {
    const { queue, request, outcomes, written, reply } = setup();
    const pipeline = request('p', []);
    pipeline.batch = { transaction: false, guard: undefined, commands: [{ args: ['GET', 'a'], definition: undefined, transform: undefined, shapeResp: 3, preserve: undefined, firstKey: 'a' }] };
    pipeline.asking = true;
    queue.add(pipeline);
    expect(written()).toBe('*1\r\n$6\r\nASKING\r\n*2\r\n$3\r\nGET\r\n$1\r\na\r\n');
    reply('+OK\r\n$1\r\nv\r\n');
    expect(outcomes.get('p')).toEqual({ value: ['v'] });
  });

  it('a pipeline with failed commands rejects with a MultiErrorReply holding every reply', () => {
    const { queue, request, outcomes, written, reply } = setup();
    const pipeline = request('p', []);
    const raw = (args: string[]) => ({ args, definition: undefined, transform: undefined, shapeResp: 3 as const, preserve: undefined, firstKey: undefined });
    pipeline.batch = { transaction: false, guard: undefined, commands: [raw(['INCR', 'a']), raw(['GET', 'b'])] };
    queue.add(pipeline);
    written();
    reply('-WRONGTYPE no\r\n$1\r\nb\r\n');
    const error = outcomes.get('p')!.error as MultiErrorReply;
    expect(error).toBeInstanceOf(MultiErrorReply);
    expect(error).toBeInstanceOf(ReplyError);
    expect(error.code).toBe('ERR_MULTI_REPLY');
    expect(error.errorIndexes).toEqual([0]);
    expect(error.replies[1]).toBe('b');
  });

  it('a batch refused by its guard (or holding a bad argument) is not written at all', () => {
    const { queue, request, outcomes, written } = setup();
    const guarded = request('guarded', []);
    guarded.batch = { transaction: true, guard: () => new Error('watch lost'), commands: [{ args: ['GET', 'a'], definition: undefined, transform: undefined, shapeResp: 3, preserve: undefined, firstKey: 'a' }] };
    const bad = request('bad', []);
    bad.batch = { transaction: true, guard: undefined, commands: [{ args: ['SET', 'a', undefined as unknown as string], definition: undefined, transform: undefined, shapeResp: 3, preserve: undefined, firstKey: 'a' }] };
    queue.add(guarded);
    queue.add(bad);
    expect(written()).toBe('');
    expect(outcomes.get('guarded')!.error!.message).toBe('watch lost');
    expect(outcomes.get('bad')!.error).toBeInstanceOf(TypeError);
  });

  it('a pub/sub command is answered by its pushes; pushes nobody asked for pass by as such', () => {
    const { queue, request, outcomes, written, reply, pushes } = setup();
    const subscribe = request('sub', ['SUBSCRIBE', 'a', 'b']);
    subscribe.expectedPushes = { count: 2, kind: 'subscribe' };
    queue.add(subscribe);
    written();
    reply('>3\r\n$9\r\nsubscribe\r\n$1\r\na\r\n:1\r\n');
    expect(outcomes.has('sub')).toBe(false);
    reply('>3\r\n$7\r\nmessage\r\n$1\r\na\r\n$2\r\nhi\r\n>3\r\n$9\r\nsubscribe\r\n$1\r\nb\r\n:2\r\n');
    expect(outcomes.get('sub')).toEqual({ value: undefined });
    expect(pushes.map((p) => [p.push[0], p.confirmation])).toEqual([['subscribe', true], ['message', false], ['subscribe', true]]);
  });

  it('a reply no command waits for is reported (the connection is then closed)', () => {
    const { reply, events } = setup();
    reply('+OK\r\n');
    expect(events).toEqual(['unexpected']);
  });

  it('the connection is gone: written commands fail as may-have-run, unwritten ones as not sent', () => {
    const { queue, request, outcomes, written } = setup();
    queue.add(request('written', ['GET', 'a']));
    written();
    queue.add(request('unwritten', ['GET', 'b']));
    queue.failWritten(() => new Error('lost'));
    queue.failUnwritten(() => new Error('not sent'));
    expect(outcomes.get('written')!.error!.message).toBe('lost');
    expect(outcomes.get('unwritten')!.error!.message).toBe('not sent');
    expect(queue.length).toBe(0);
    expect(queue.live).toBe(0);
  });

  it('decodes each reply as its own command asked (a Buffer type mapping for one, strings for the next)', () => {
    const { queue, request, outcomes, written, reply } = setup();
    queue.add(request('buffer', ['GET', 'a'], { typeMapping: { [RESP_TYPES.BLOB_STRING]: Buffer } }));
    queue.add(request('string', ['GET', 'b']));
    written();
    reply('$1\r\na\r\n$1\r\nb\r\n');
    expect(outcomes.get('buffer')).toEqual({ value: Buffer.from('a') });
    expect(outcomes.get('string')).toEqual({ value: 'b' });
  });
});
