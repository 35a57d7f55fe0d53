/**
 * The hash slot of a key, exactly as Redis computes it: CRC16 (XMODEM: polynomial 0x1021, initial 0)
 * of the key's bytes modulo 16384, where a key with a hash tag — the first `{` followed later by a
 * `}` with at least one byte between them — hashes only the bytes between.
 *
 * Why our own and not cluster-key-slot: that package hashes the wrong part of keys whose first `{` is
 * directly followed by `}` (`foo{}{bar}` gives 4015; Redis says 8363, hashing the whole key), and it is
 * archived. Tested against `CLUSTER KEYSLOT` on a real server.
 */

export const SLOT_COUNT = 16384;

const TABLE = new Uint16Array(256);
for (let i = 0; i < 256; i++) {
  let crc = i << 8;
  for (let bit = 0; bit < 8; bit++) crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1;
  TABLE[i] = crc & 0xffff;
}

const OPEN = 0x7b; // {
const CLOSE = 0x7d; // }

export function keySlot(key: string | Buffer): number {
  if (typeof key === 'string') {
    const slot = asciiKeySlot(key);
    return slot >= 0 ? slot : bufferKeySlot(Buffer.from(key, 'utf8'));
  }
  return bufferKeySlot(key);
}

/** Fast path for ASCII strings (almost every key): no Buffer. Returns -1 for non-ASCII input. */
function asciiKeySlot(key: string): number {
  const length = key.length;
  let start = 0;
  let end = length;
  const open = key.indexOf('{');
  if (open !== -1) {
    const close = key.indexOf('}', open + 1);
    if (close > open + 1) {
      start = open + 1;
      end = close;
    }
  }
  let crc = 0;
  for (let i = start; i < end; i++) {
    const code = key.charCodeAt(i);
    if (code > 0x7f) return -1;
    crc = ((crc << 8) & 0xffff) ^ TABLE[((crc >> 8) ^ code) & 0xff]!;
  }
  // Characters outside the hashed range may be non-ASCII: `{` and `}` are ASCII and never occur
  // inside a UTF-8 multi-byte sequence, so the tag found by character is the tag found by byte.
  return crc & (SLOT_COUNT - 1);
}

function bufferKeySlot(key: Buffer): number {
  let start = 0;
  let end = key.length;
  const open = key.indexOf(OPEN);
  if (open !== -1) {
    const close = key.indexOf(CLOSE, open + 1);
    if (close > open + 1) {
      start = open + 1;
      end = close;
    }
  }
  let crc = 0;
  for (let i = start; i < end; i++) crc = ((crc << 8) & 0xffff) ^ TABLE[((crc >> 8) ^ key[i]!) & 0xff]!;
  return crc & (SLOT_COUNT - 1);
}
