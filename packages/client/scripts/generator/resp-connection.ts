// A minimal RESP3 connection for the generator: it reads the server's command table before the
// client's commands exist (the client cannot read the table that defines it), so it uses only
// @x/resp and node:net. RESP3, with maps decoded as `Map`s, because `COMMAND DOCS` is a tree of maps
// whose order and shape must survive (RESP2 flattens a map into an array). One command at a time.
import { connect, type Socket } from 'node:net';
import { encodeCommand, Parser, type RespValue } from '@x/resp';

/** Where the generator reads the command table: `redis://[user[:password]@]host[:port]`. */
export interface ServerAddress {
  host: string;
  port: number;
  username?: string;
  password?: string;
}

/** `redis://[[user][:password]@]host[:port]` → an address (TLS is not needed for a dev tool). */
export function parseServerUrl(url: string): ServerAddress {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:') throw new Error(`REDIS_URL must be redis://host:port, got ${parsed.protocol}`);
  const address: ServerAddress = {
    host: parsed.hostname === '' ? '127.0.0.1' : parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port === '' ? 6379 : Number(parsed.port),
  };
  if (parsed.username !== '') address.username = decodeURIComponent(parsed.username);
  if (parsed.password !== '') address.password = decodeURIComponent(parsed.password);
  return address;
}

/** Sends one command at a time and resolves with its decoded RESP3 reply (maps as `Map`s). */
export class RespConnection {
  readonly #socket: Socket;
  readonly #parser: Parser;
  #pending: { resolve(value: RespValue): void; reject(error: Error): void } | undefined;

  private constructor(socket: Socket) {
    this.#socket = socket;
    this.#parser = new Parser({
      returnReply: (reply) => this.#settle(undefined, reply),
      returnError: (error) => this.#settle(error, null),
      returnFatalError: (error) => this.#settle(error, null),
      mapType: 'map',
    });
    socket.on('data', (chunk: Buffer) => this.#parser.execute(chunk));
    socket.on('error', (error) => this.#settle(error, null));
    socket.on('close', () => this.#settle(new Error('connection closed'), null));
  }

  /** Connects and switches to RESP3 (`HELLO 3`, with `AUTH` when the address has a password). */
  static async open(address: ServerAddress): Promise<RespConnection> {
    const socket = connect({ host: address.host, port: address.port });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const connection = new RespConnection(socket);
    const hello = ['HELLO', '3'];
    if (address.password !== undefined) hello.push('AUTH', address.username ?? 'default', address.password);
    try {
      await connection.command(hello);
    } catch (error) {
      connection.close();
      throw error;
    }
    return connection;
  }

  /** One round trip; an error reply rejects. */
  command(args: ReadonlyArray<string | Buffer>): Promise<RespValue> {
    if (this.#pending !== undefined) return Promise.reject(new Error('one command at a time'));
    return new Promise<RespValue>((resolve, reject) => {
      this.#pending = { resolve, reject };
      const encoded = encodeCommand(args);
      if (typeof encoded === 'string') this.#socket.write(encoded);
      else for (const chunk of encoded) this.#socket.write(chunk);
    });
  }

  close(): void {
    this.#socket.destroy();
  }

  #settle(error: Error | undefined, reply: RespValue): void {
    const pending = this.#pending;
    if (pending === undefined) return;
    this.#pending = undefined;
    if (error === undefined) pending.resolve(reply);
    else pending.reject(error);
  }
}
