// A throwaway client for tests: one connection, one command, one reply — independent of the harness's
// own connection, so a test can see what an unauthenticated or wrongly configured client gets.
import net from 'node:net';
import tls from 'node:tls';
import { encodeCommand, Resp2Reader, type RespReply } from '../src/resp2-reader';

export interface RawClientOptions {
  tls?: tls.ConnectionOptions;
}

/** Connects, sends the commands in one write, resolves with every reply (errors as values). */
export function roundTrip(port: number, commands: Array<Array<string | number>>, options: RawClientOptions = {}): Promise<RespReply[]> {
  return new Promise((resolve, reject) => {
    const socket = options.tls ? tls.connect({ host: '127.0.0.1', port, ...options.tls }) : net.connect({ host: '127.0.0.1', port });
    const reader = new Resp2Reader();
    const replies: RespReply[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no reply from port ${port} within 10 s`));
    }, 10_000);
    socket.once(options.tls ? 'secureConnect' : 'connect', () => socket.write(Buffer.concat(commands.map((c) => encodeCommand(c)))));
    socket.on('data', (chunk: Buffer) => {
      replies.push(...reader.push(chunk));
      if (replies.length === commands.length) {
        clearTimeout(timer);
        socket.end();
        resolve(replies);
      }
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
