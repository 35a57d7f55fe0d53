import net from 'node:net';
import { once } from 'node:events';
import { CommandEncoder, Parser, type ProtocolError, type ReplyError, type ParserDecodeOptions, type WireArgument, type RespValue } from '../../src/index';

/**
 * A minimal client for the round-trip tests: a raw node:net socket, our CommandEncoder and our
 * Parser, nothing else (this package must not depend on the client). Replies resolve in order;
 * error replies resolve as ReplyError values so tests can look at them. Per command decoding
 * options are applied the way a client does it: set on the parser from inside `returnReply`, for
 * the next queued command.
 */
interface Pending {
  resolve(value: RespValue): void;
  reject(error: Error): void;
  options: ParserDecodeOptions;
}

export class RawClient {
  readonly pushes: RespValue[][] = [];
  readonly attributes: RespValue[] = [];
  private readonly queue: Pending[] = [];
  private readonly encoder = new CommandEncoder();
  private readonly parser: Parser;
  private fatal: Error | null = null;

  private constructor(private readonly socket: net.Socket, private readonly defaults: ParserDecodeOptions) {
    this.parser = new Parser({
      ...defaults,
      returnReply: (reply) => this.settle(reply),
      returnError: (error) => this.settle(error),
      returnFatalError: (error: ProtocolError) => this.failAll(error),
      returnPush: (push) => this.pushes.push(push),
      returnAttribute: (attributes) => this.attributes.push(attributes),
    });
    socket.on('data', (chunk: Buffer) => this.parser.execute(chunk));
    socket.on('error', (error) => this.failAll(error));
    socket.on('close', () => this.failAll(new Error('connection closed')));
  }

  static async connect(port: number, defaults: ParserDecodeOptions = {}): Promise<RawClient> {
    const socket = net.connect({ host: '127.0.0.1', port });
    await once(socket, 'connect');
    socket.setNoDelay(true);
    return new RawClient(socket, defaults);
  }

  /** Queue one command; `flush()` writes all queued commands at once. */
  enqueue(args: WireArgument[], options: ParserDecodeOptions = {}): Promise<RespValue> {
    if (this.fatal !== null) return Promise.reject(this.fatal);
    this.encoder.write(args);
    return new Promise((resolve, reject) => {
      if (this.queue.length === 0) this.apply(options);
      this.queue.push({ resolve, reject, options });
    });
  }

  flush(): void {
    const chunks = this.encoder.flush();
    this.socket.cork();
    for (const chunk of chunks) this.socket.write(chunk);
    this.socket.uncork();
  }

  /** One command, written at once. */
  send(args: WireArgument[], options: ParserDecodeOptions = {}): Promise<RespValue> {
    const reply = this.enqueue(args, options);
    this.flush();
    return reply;
  }

  /** Wait until `count` pushes have arrived (bounded). */
  async waitForPushes(count: number, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.pushes.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} pushes, got ${this.pushes.length}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async close(): Promise<void> {
    this.socket.destroy();
    if (!this.socket.closed) await once(this.socket, 'close');
  }

  private apply(options: ParserDecodeOptions): void {
    const o = { ...this.defaults, ...options };
    this.parser.returnBuffers = o.returnBuffers ?? false;
    this.parser.integers = o.integers ?? 'number';
    this.parser.mapType = o.mapType ?? 'object';
    this.parser.setType = o.setType ?? 'array';
    this.parser.verbatimFormat = o.verbatimFormat ?? false;
  }

  private settle(reply: RespValue | ReplyError): void {
    const pending = this.queue.shift();
    if (pending === undefined) {
      this.failAll(new Error(`reply without a command: ${String(reply)}`));
      return;
    }
    // Decoding options for the next reply are chosen before it is parsed.
    const next = this.queue[0];
    if (next !== undefined) this.apply(next.options);
    pending.resolve(reply);
  }

  private failAll(error: Error): void {
    this.fatal ??= error;
    for (const pending of this.queue.splice(0)) pending.reject(error);
  }
}
