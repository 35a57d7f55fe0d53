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
  // The same single pass as bufferKeySlot, by character. `{` and `}` are ASCII and never occur
  // inside a UTF-8 multi-byte sequence, so the tag found by character is the tag found by byte;
  // any non-ASCII character it meets sends the key to the byte path (rare: UTF-8 needs a Buffer).
  const length = key.length;
  let crc = 0;
  let i = 0;
  while (i < length) {
    const code = key.charCodeAt(i++);
    if (code > 0x7f) return -1;
    crc = ((crc << 8) & 0xffff) ^ TABLE[((crc >> 8) ^ code) & 0xff]!;
    if (code === OPEN) break;
  }
  if (i < length && key.charCodeAt(i) !== CLOSE) {
    let tag = 0;
    for (let j = i; j < length; j++) {
      const code = key.charCodeAt(j);
      if (code === CLOSE) return tag & (SLOT_COUNT - 1);
      if (code > 0x7f) return -1;
      tag = ((tag << 8) & 0xffff) ^ TABLE[((tag >> 8) ^ code) & 0xff]!;
    }
  }
  for (; i < length; i++) {
    const code = key.charCodeAt(i);
    if (code > 0x7f) return -1;
    crc = ((crc << 8) & 0xffff) ^ TABLE[((crc >> 8) ^ code) & 0xff]!;
  }
  return crc & (SLOT_COUNT - 1);
}

function bufferKeySlot(key: Buffer): number {
  // One pass up to the first `{` (hashing as it goes), then the tag, if any: no Buffer#indexOf, whose
  // native call costs more than the loop on short keys.
  const length = key.length;
  let crc = 0;
  let i = 0;
  while (i < length) {
    const byte = key[i++]!;
    crc = ((crc << 8) & 0xffff) ^ TABLE[((crc >> 8) ^ byte) & 0xff]!;
    if (byte === OPEN) break;
  }
  // A tag needs at least one byte before its `}`: `{}` means no tag, the whole key counts.
  if (i < length && key[i] !== CLOSE) {
    let tag = 0;
    for (let j = i; j < length; j++) {
      const byte = key[j]!;
      if (byte === CLOSE) return tag & (SLOT_COUNT - 1);
      tag = ((tag << 8) & 0xffff) ^ TABLE[((tag >> 8) ^ byte) & 0xff]!;
    }
  }
  for (; i < length; i++) crc = ((crc << 8) & 0xffff) ^ TABLE[((crc >> 8) ^ key[i]!) & 0xff]!;
  return crc & (SLOT_COUNT - 1);
}
