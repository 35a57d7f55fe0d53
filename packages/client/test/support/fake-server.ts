import net from 'node:net';
import { Parser } from '@x/resp';

/** What Redis 7 answers to `HELLO 3`: a fake server that passes for a real one in the handshake. */
export const HELLO_REPLY =
  '%7\r\n$6\r\nserver\r\n$5\r\nredis\r\n$7\r\nversion\r\n$6\r\n7.0.15\r\n$5\r\nproto\r\n:3\r\n$2\r\nid\r\n:1\r\n' +
  '$4\r\nmode\r\n$10\r\nstandalone\r\n$4\r\nrole\r\n$6\r\nmaster\r\n$7\r\nmodules\r\n*0\r\n';

/** Called once per command a client sends; writes (or withholds) its reply on `socket`. */
export type FakeHandler = (args: string[], socket: net.Socket) => void;

export interface FakeServer {
  readonly host: string;
  readonly port: number;
  /** Sockets accepted so far and still open. */
  readonly sockets: ReadonlySet<net.Socket>;
  /** How many connections were accepted in all. */
  readonly accepted: number;
  close(): Promise<void>;
}

/**
 * A small hostile or broken server for the cases a real one can't play (silent after the handshake,
 * a reply that never ends): it decodes the client's commands with `@x/resp` and hands each to
 * `handler`. `HELLO` is answered like Redis 7 unless the handler is given `answerHello: false`.
 */
export async function startFakeServer(handler: FakeHandler, options: { answerHello?: boolean } = {}): Promise<FakeServer> {
  const sockets = new Set<net.Socket>();
  let accepted = 0;
  const server = net.createServer((socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    const parser = new Parser({
      returnReply: (reply) => {
        const args = (reply as unknown[]).map(String);
        if (options.answerHello !== false && args[0]?.toUpperCase() === 'HELLO') socket.write(HELLO_REPLY);
        else handler(args, socket);
      },
      returnError: () => socket.destroy(),
      returnFatalError: () => socket.destroy(),
    });
    socket.on('data', (chunk) => parser.execute(chunk));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: '127.0.0.1',
    port: (server.address() as net.AddressInfo).port,
    sockets,
    get accepted() {
      return accepted;
    },
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
