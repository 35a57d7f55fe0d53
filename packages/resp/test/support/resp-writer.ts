/**
 * Test-only RESP3 serializer: turns a value description into wire bytes, so random values can be
 * encoded, decoded and compared. It writes what a server writes, never what the parser expects.
 */
export type WireValue =
  | { t: 'simple'; v: string }
  | { t: 'error'; v: string }
  | { t: 'bulkError'; v: string }
  | { t: 'int'; v: bigint }
  | { t: 'bulk'; v: Buffer | null }
  | { t: 'double'; v: number }
  | { t: 'big'; v: bigint }
  | { t: 'bool'; v: boolean }
  | { t: 'null' }
  | { t: 'verbatim'; format: string; v: string }
  | { t: 'array'; v: WireValue[] | null }
  | { t: 'set'; v: WireValue[] }
  | { t: 'map'; v: Array<[WireValue, WireValue]> }
  | { t: 'push'; v: WireValue[] }
  | { t: 'attr'; v: Array<[WireValue, WireValue]>; of: WireValue };

export function toWire(value: WireValue): Buffer {
  const parts: Buffer[] = [];
  write(value, parts);
  return Buffer.concat(parts);
}

function line(parts: Buffer[], text: string): void {
  parts.push(Buffer.from(text + '\r\n', 'utf8'));
}

function write(value: WireValue, parts: Buffer[]): void {
  switch (value.t) {
    case 'simple':
      return line(parts, '+' + value.v);
    case 'error':
      return line(parts, '-' + value.v);
    case 'bulkError': {
      const b = Buffer.from(value.v, 'utf8');
      line(parts, '!' + b.length);
      parts.push(b, Buffer.from('\r\n'));
      return;
    }
    case 'int':
      return line(parts, ':' + value.v.toString());
    case 'bulk':
      if (value.v === null) return line(parts, '$-1');
      line(parts, '$' + value.v.length);
      parts.push(value.v, Buffer.from('\r\n'));
      return;
    case 'double': {
      const v = value.v;
      return line(parts, ',' + (Number.isNaN(v) ? 'nan' : v === Infinity ? 'inf' : v === -Infinity ? '-inf' : String(v)));
    }
    case 'big':
      return line(parts, '(' + value.v.toString());
    case 'bool':
      return line(parts, value.v ? '#t' : '#f');
    case 'null':
      return line(parts, '_');
    case 'verbatim': {
      const b = Buffer.from(value.format + ':' + value.v, 'utf8');
      line(parts, '=' + b.length);
      parts.push(b, Buffer.from('\r\n'));
      return;
    }
    case 'array':
      if (value.v === null) return line(parts, '*-1');
      line(parts, '*' + value.v.length);
      for (const item of value.v) write(item, parts);
      return;
    case 'set':
      line(parts, '~' + value.v.length);
      for (const item of value.v) write(item, parts);
      return;
    case 'push':
      line(parts, '>' + value.v.length);
      for (const item of value.v) write(item, parts);
      return;
    case 'map':
      line(parts, '%' + value.v.length);
      for (const [k, v] of value.v) {
        write(k, parts);
        write(v, parts);
      }
      return;
    case 'attr':
      line(parts, '|' + value.v.length);
      for (const [k, v] of value.v) {
        write(k, parts);
        write(v, parts);
      }
      write(value.of, parts);
      return;
  }
}
