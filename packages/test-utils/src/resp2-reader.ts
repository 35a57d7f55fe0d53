// A deliberately small RESP2 reader for the harness's own admin commands. It is NOT the codec under
// test (that is @x/resp): it re-parses from the start of its buffer on every chunk, which is fine for
// the short replies of CLUSTER/INFO/CONFIG commands and keeps it obviously correct.

/** An error reply (`-ERR ...`) from the server. `code` is its first word (`ERR`, `MOVED`, `ASK`...). */
export class RedisReplyError extends Error {
  override readonly name = 'RedisReplyError';
  readonly code: string;
  constructor(message: string) {
    super(message);
    const space = message.indexOf(' ');
    this.code = space === -1 ? message : message.slice(0, space);
  }
}

/**
 * A decoded RESP2 reply: simple and bulk strings as `string` (or `Buffer` when asked), integers as
 * `number`, null bulk/array as `null`, arrays as arrays. An error nested inside an array (EXEC) is a
 * `RedisReplyError` value; a top-level error is thrown by `command()` instead.
 */
export type RespReply = string | Buffer | number | null | RedisReplyError | RespReply[];

/** What `command()` resolves with when bulk strings are decoded as UTF-8. */
export type RespStringReply = string | number | null | RedisReplyError | RespStringReply[];

type Parsed = { value: RespReply; end: number } | undefined;

/** Thrown when the bytes are not RESP2 at all; the connection must then be dropped. */
export class RespProtocolError extends Error {
  override readonly name = 'RespProtocolError';
}

function readLine(buf: Buffer, start: number): { line: string; next: number } | undefined {
  const cr = buf.indexOf('\r\n', start, 'latin1');
  if (cr === -1) return undefined;
  return { line: buf.toString('utf8', start, cr), next: cr + 2 };
}

function toInt(line: string): number {
  if (!/^-?\d+$/.test(line)) throw new RespProtocolError(`bad RESP2 length or integer: ${JSON.stringify(line)}`);
  return Number(line);
}

function parseAt(buf: Buffer, start: number, buffers: boolean): Parsed {
  if (start >= buf.length) return undefined;
  const type = String.fromCharCode(buf[start] as number);
  const header = readLine(buf, start + 1);
  if (header === undefined) return undefined;
  const { line, next } = header;
  switch (type) {
    case '+':
      return { value: line, end: next };
    case '-':
      return { value: new RedisReplyError(line), end: next };
    case ':':
      return { value: toInt(line), end: next };
    case '$': {
      const len = toInt(line);
      if (len < 0) return { value: null, end: next };
      if (buf.length < next + len + 2) return undefined;
      const bytes = buf.subarray(next, next + len);
      return { value: buffers ? Buffer.from(bytes) : bytes.toString('utf8'), end: next + len + 2 };
    }
    case '*': {
      const count = toInt(line);
      if (count < 0) return { value: null, end: next };
      const items: RespReply[] = [];
      let cursor = next;
      for (let i = 0; i < count; i++) {
        const item = parseAt(buf, cursor, buffers);
        if (item === undefined) return undefined;
        items.push(item.value);
        cursor = item.end;
      }
      return { value: items, end: cursor };
    }
    default:
      throw new RespProtocolError(`unexpected RESP2 type byte ${JSON.stringify(type)}`);
  }
}

/**
 * Accumulates bytes and hands out complete top-level replies in order.
 * `push(chunk)` returns every reply completed by that chunk (possibly none).
 */
export class Resp2Reader {
  private buffer: Buffer = Buffer.alloc(0);

  /** Whether the next replies decode bulk strings as Buffers instead of UTF-8 strings. */
  constructor(private readonly buffers = false) {}

  push(chunk: Buffer): RespReply[] {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    const out: RespReply[] = [];
    let cursor = 0;
    for (;;) {
      const parsed = parseAt(this.buffer, cursor, this.buffers);
      if (parsed === undefined) break;
      out.push(parsed.value);
      cursor = parsed.end;
    }
    this.buffer = this.buffer.subarray(cursor);
    return out;
  }

  /** Bytes received but not yet part of a complete reply. */
  get pendingBytes(): number {
    return this.buffer.length;
  }
}

/** Encodes one command as a RESP2 array of bulk strings. */
export function encodeCommand(args: ReadonlyArray<string | Buffer | number>): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    const bytes = Buffer.isBuffer(arg) ? arg : Buffer.from(String(arg), 'utf8');
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from('\r\n'));
  }
  return Buffer.concat(parts);
}
