import net from 'node:net';

/** A command as a fake node received it: its arguments as strings. */
export type FakeCommand = string[];

/** A loopback server speaking just enough RESP2 for a test: `answer` returns each command's raw reply. */
export interface FakeNode {
  port: number;
  /** Every command received, in order. */
  readonly received: FakeCommand[];
  close(): Promise<void>;
}

/**
 * Starts a fake Redis node on 127.0.0.1. `answer` gets each command (RESP arrays of bulk strings, as
 * clients send them) and returns the raw reply to write. Unparseable input closes the socket.
 */
export async function startFakeNode(answer: (command: FakeCommand) => string | Buffer): Promise<FakeNode> {
  const sockets = new Set<net.Socket>();
  const received: FakeCommand[] = [];
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket)).on('error', () => socket.destroy());
    let pending = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const parsed = readCommand(pending);
        if (parsed === 'invalid') {
          socket.destroy();
          return;
        }
        if (parsed === undefined) return;
        pending = pending.subarray(parsed.length);
        received.push(parsed.command);
        socket.write(answer(parsed.command));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    received,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** One `*N $len …` command from the start of `buffer`; undefined while incomplete. */
function readCommand(buffer: Buffer): { command: FakeCommand; length: number } | undefined | 'invalid' {
  let offset = 0;
  const line = (): string | undefined => {
    const end = buffer.indexOf('\r\n', offset);
    if (end === -1) return undefined;
    const text = buffer.toString('latin1', offset, end);
    offset = end + 2;
    return text;
  };
  const header = line();
  if (header === undefined) return undefined;
  if (!header.startsWith('*')) return 'invalid';
  const count = Number(header.slice(1));
  const command: FakeCommand = [];
  for (let i = 0; i < count; i++) {
    const size = line();
    if (size === undefined) return undefined;
    if (!size.startsWith('$')) return 'invalid';
    const length = Number(size.slice(1));
    if (buffer.length < offset + length + 2) return undefined;
    command.push(buffer.toString('utf8', offset, offset + length));
    offset += length + 2;
  }
  return { command, length: offset };
}
