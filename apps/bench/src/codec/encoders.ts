import nodeRedisEncodeCommand from '@redis/client/dist/lib/RESP/encoder';
import { CommandEncoder } from '@x/resp';

/**
 * The encoders measured. Each encodes a pipeline of commands and "writes" the result the way a
 * corked socket's writev does: strings are encoded into the outgoing bytes (here: a scratch buffer,
 * as libuv's writev storage), Buffers are passed by reference (not copied). So every contender pays
 * for turning its output into bytes, and none for a copy it does not make.
 */
export type Command = ReadonlyArray<string | Buffer>;

const scratch = Buffer.allocUnsafe(16 * 1024 * 1024);

/** Bytes "written" for one chunk list; also the check that contenders agree. */
function write(chunks: ReadonlyArray<string | Buffer | Uint8Array>, out: Buffer[] | null): number {
  let offset = 0;
  for (const chunk of chunks) {
    if (typeof chunk === 'string') {
      const n = scratch.write(chunk, offset, 'utf8');
      if (out !== null) out.push(Buffer.from(scratch.subarray(offset, offset + n)));
      offset += n;
    } else {
      if (out !== null) out.push(Buffer.from(chunk));
      offset += chunk.length;
    }
  }
  return offset;
}

export interface EncoderUnderTest {
  readonly name: string;
  /** Encode and write the pipeline; returns the bytes written. */
  encode(commands: readonly Command[], out?: Buffer[]): number;
}

const encoder = new CommandEncoder();

export const ours: EncoderUnderTest = {
  name: '@x/resp CommandEncoder',
  encode(commands, out) {
    for (const command of commands) encoder.write(command);
    return write(encoder.flush(), out ?? null);
  },
};

export const nodeRedis: EncoderUnderTest = {
  name: 'node-redis 6.3.1 (@redis/client encodeCommand)',
  encode(commands, out) {
    // node-redis writes each command's chunks to the corked socket.
    let bytes = 0;
    for (const command of commands) bytes += write(nodeRedisEncodeCommand(command) as ReadonlyArray<string | Buffer>, out ?? null);
    return bytes;
  },
};

/**
 * ioredis's approach (Command#toWritable, re-implemented: ioredis is not a dependency here): one
 * string per command; a command with a Buffer argument becomes one Buffer with everything copied in.
 */
function ioredisToWritable(command: Command): string | Buffer {
  const [name, ...args] = command as [string, ...Array<string | Buffer>];
  const head = '*' + command.length + '\r\n$' + Buffer.byteLength(name) + '\r\n' + name + '\r\n';
  if (!args.some((a) => Buffer.isBuffer(a))) {
    let result = head;
    for (const arg of args) result += '$' + Buffer.byteLength(arg as string) + '\r\n' + (arg as string) + '\r\n';
    return result;
  }
  const parts: Array<string | Buffer> = [head];
  let length = Buffer.byteLength(head);
  for (const arg of args) {
    if (Buffer.isBuffer(arg)) {
      const prefix = '$' + arg.length + '\r\n';
      parts.push(prefix, arg, '\r\n');
      length += prefix.length + arg.length + 2;
    } else {
      const text = '$' + Buffer.byteLength(arg) + '\r\n' + arg + '\r\n';
      parts.push(text);
      length += Buffer.byteLength(text);
    }
  }
  const buffer = Buffer.allocUnsafe(length);
  let offset = 0;
  for (const part of parts) offset += typeof part === 'string' ? buffer.write(part, offset) : part.copy(buffer, offset);
  return buffer;
}

export const ioredisStyle: EncoderUnderTest = {
  name: 'ioredis-style (one string per command)',
  encode(commands, out) {
    let bytes = 0;
    for (const command of commands) bytes += write([ioredisToWritable(command)], out ?? null);
    return bytes;
  },
};

export const encoders: readonly EncoderUnderTest[] = [ours, nodeRedis, ioredisStyle];
