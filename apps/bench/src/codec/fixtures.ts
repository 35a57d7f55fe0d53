/** Reply streams for the decode cases, as a server would send them, cut as socket reads would be. */

export const CHUNK = 64 * 1024;

/** `data` cut into 64 KiB pieces, like socket reads of a busy connection. */
export function chunked(data: Buffer, size = CHUNK): Buffer[] {
  const chunks: Buffer[] = [];
  for (let i = 0; i < data.length; i += size) chunks.push(data.subarray(i, i + size));
  return chunks;
}

function bulk(text: string): string {
  return `$${Buffer.byteLength(text)}\r\n${text}\r\n`;
}

/** A printable 100-byte value, different per index. */
function value100(i: number): string {
  return (`value:${i}:` + 'x'.repeat(100)).slice(0, 100);
}

export interface Fixture {
  chunks: Buffer[];
  replies: number;
  bytes: number;
}

function fixture(text: string | Buffer, replies: number): Fixture {
  const data = typeof text === 'string' ? Buffer.from(text, 'latin1') : text;
  return { chunks: chunked(data), replies, bytes: data.length };
}

/** 1000 small replies: status, integers, a null bulk, an error — what SET/INCR/EXPIRE/DEL pipelines get. */
export function smallReplies(): Fixture {
  const parts = ['+OK\r\n', ':12345\r\n', '+PONG\r\n', ':1\r\n', '$-1\r\n', ':-7\r\n', '+QUEUED\r\n', ':0\r\n', '-ERR no such key\r\n', ':1048576\r\n'];
  let text = '';
  for (let i = 0; i < 1000; i++) text += parts[i % parts.length];
  return fixture(text, 1000);
}

/** 1000 GET replies of 100 bytes. */
export function bulk100(): Fixture {
  let text = '';
  for (let i = 0; i < 1000; i++) text += bulk(value100(i));
  return fixture(text, 1000);
}

/** 200 arrays of ten 100-byte bulks (MGET / LRANGE / HMGET). */
export function arrays10x100(): Fixture {
  let text = '';
  for (let i = 0; i < 200; i++) {
    text += '*10\r\n';
    for (let j = 0; j < 10; j++) text += bulk(value100(i * 10 + j));
  }
  return fixture(text, 200);
}

/** Four 1 MB bulk replies, arriving in 64 KiB reads. */
export function bulk1mb(): Fixture {
  const payload = Buffer.alloc(1024 * 1024, 'abcdefghijklmnopqrstuvwxyz0123456789');
  const one = Buffer.concat([Buffer.from(`$${payload.length}\r\n`), payload, Buffer.from('\r\n')]);
  return fixture(Buffer.concat([one, one, one, one]), 4);
}

/** One array of 1,000,000 short bulks (a big LRANGE / SMEMBERS), arriving in 64 KiB reads. */
export function millionElements(): Fixture {
  const count = 1_000_000;
  const parts: Buffer[] = [Buffer.from(`*${count}\r\n`)];
  const block: string[] = [];
  for (let i = 0; i < count; i++) {
    block.push(bulk(`m${i % 100000}`));
    if (block.length === 10000) {
      parts.push(Buffer.from(block.join(''), 'latin1'));
      block.length = 0;
    }
  }
  return fixture(Buffer.concat(parts), 1);
}

/** RESP3 replies: HGETALL-style maps, doubles (ZSCORE), booleans, nulls, sets, a push. */
export function resp3Mix(): Fixture {
  const map = '%5\r\n' + [1, 2, 3, 4, 5].map((i) => bulk(`field${i}`) + bulk(`value-${i}-abcdefghij`)).join('');
  const parts = [map, ',3.14159\r\n', '#t\r\n', '_\r\n', '~3\r\n+a\r\n+b\r\n+c\r\n', ',-12.5e3\r\n', ':42\r\n', '>3\r\n$7\r\nmessage\r\n$2\r\nch\r\n$5\r\nhello\r\n', '#f\r\n', '(12345678901234567890\r\n'];
  let text = '';
  for (let i = 0; i < 1000; i++) text += parts[i % parts.length];
  return fixture(text, 1000);
}
