import { CommandEncoder, encodeCommand } from './encoder';

describe('encodeCommand', () => {
  test('string arguments: one string with exact bytes', () => {
    expect(encodeCommand(['SET', 'key', 'value'])).toBe('*3\r\n$3\r\nSET\r\n$3\r\nkey\r\n$5\r\nvalue\r\n');
    expect(encodeCommand(['PING'])).toBe('*1\r\n$4\r\nPING\r\n');
    expect(encodeCommand(['SET', 'k', ''])).toBe('*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$0\r\n\r\n');
  });

  test('non-ASCII strings: lengths are UTF-8 byte lengths', () => {
    expect(encodeCommand(['SET', 'clé', 'ünïcödé ✓ 😀'])).toBe('*3\r\n$3\r\nSET\r\n$4\r\nclé\r\n$20\r\nünïcödé ✓ 😀\r\n');
    const long = 'é'.repeat(100);
    expect(encodeCommand([long])).toBe(`*1\r\n$200\r\n${long}\r\n`);
    // Lone surrogates are written by the socket as U+FFFD (3 bytes); the length must agree.
    const lone = '\ud800';
    expect(encodeCommand([lone])).toBe(`*1\r\n$3\r\n${lone}\r\n`);
    expect(Buffer.byteLength(lone)).toBe(3);
  });

  test('numbers and bigints become decimal text', () => {
    expect(encodeCommand(['EXPIRE', 'k', 42])).toBe('*3\r\n$6\r\nEXPIRE\r\n$1\r\nk\r\n$2\r\n42\r\n');
    expect(encodeCommand(['INCRBYFLOAT', 'k', -1.5])).toBe('*3\r\n$11\r\nINCRBYFLOAT\r\n$1\r\nk\r\n$4\r\n-1.5\r\n');
    expect(encodeCommand(['ZADD', 'z', Infinity, 'a', -Infinity, 'b'])).toBe(
      '*6\r\n$4\r\nZADD\r\n$1\r\nz\r\n$3\r\ninf\r\n$1\r\na\r\n$4\r\n-inf\r\n$1\r\nb\r\n',
    );
    expect(encodeCommand(['INCRBY', 'k', 9007199254740993n])).toBe('*3\r\n$6\r\nINCRBY\r\n$1\r\nk\r\n$16\r\n9007199254740993\r\n');
  });

  test('Buffers are chunks of their own, by reference, never copied', () => {
    const value = Buffer.from([0, 1, 2, 13, 10]);
    const encoded = encodeCommand(['SET', 'k', value]);
    expect(encoded).toEqual(['*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\n', value, '\r\n']);
    expect((encoded as unknown[])[1]).toBe(value);
    expect(Buffer.concat((encoded as Array<string | Buffer>).map((c) => (typeof c === 'string' ? Buffer.from(c) : c)))).toEqual(
      Buffer.concat([Buffer.from('*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$5\r\n'), value, Buffer.from('\r\n')]),
    );
  });

  test('an empty Buffer needs no chunk; a Uint8Array is sent as a Buffer view of the same memory', () => {
    expect(encodeCommand(['SET', 'k', Buffer.alloc(0)])).toBe('*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$0\r\n\r\n');
    const bytes = new Uint8Array([7, 8, 9]);
    const [, view] = encodeCommand(['SET', bytes]) as [string, Buffer, string];
    expect(Buffer.isBuffer(view)).toBe(true);
    expect(view.buffer).toBe(bytes.buffer);
    expect([...view]).toEqual([7, 8, 9]);
  });

  test('invalid arguments throw a TypeError naming the index', () => {
    expect(() => encodeCommand(['SET', 'k', undefined as unknown as string])).toThrow(/index 2.*undefined/);
    expect(() => encodeCommand(['SET', null as unknown as string])).toThrow(/index 1.*null/);
    expect(() => encodeCommand([{} as unknown as string])).toThrow(/index 0.*object/);
    expect(() => encodeCommand(['SET', ['a'] as unknown as string])).toThrow(/index 1.*array/);
    expect(() => encodeCommand(['SET', true as unknown as string])).toThrow(/index 1.*boolean/);
    expect(() => encodeCommand(['SET', 'k', NaN])).toThrow(/index 2: NaN/);
    expect(() => encodeCommand([])).toThrow(TypeError);
  });
});

describe('CommandEncoder', () => {
  test('commands accumulate in one running string until a Buffer', () => {
    const encoder = new CommandEncoder();
    encoder.write(['GET', 'a']);
    encoder.write(['GET', 'b']);
    expect(encoder.length).toBe(2);
    expect(encoder.flush()).toEqual(['*2\r\n$3\r\nGET\r\n$1\r\na\r\n*2\r\n$3\r\nGET\r\n$1\r\nb\r\n']);
    expect(encoder.length).toBe(0);
    expect(encoder.pendingBytes).toBe(0);
    expect(encoder.flush()).toEqual([]);
  });

  test('splits only at Buffer arguments; strings around them are merged across commands', () => {
    const encoder = new CommandEncoder();
    const v1 = Buffer.from('v1');
    const v2 = Buffer.from('v2');
    encoder.write(['GET', 'a']);
    encoder.write(['SET', 'k', v1]);
    encoder.write(['SET', 'j', v2, 'EX', 10]);
    encoder.write(['GET', 'b']);
    const chunks = encoder.flush();
    expect(chunks).toEqual([
      '*2\r\n$3\r\nGET\r\n$1\r\na\r\n*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$2\r\n',
      v1,
      '\r\n*5\r\n$3\r\nSET\r\n$1\r\nj\r\n$2\r\n',
      v2,
      '\r\n$2\r\nEX\r\n$2\r\n10\r\n*2\r\n$3\r\nGET\r\n$1\r\nb\r\n',
    ]);
    expect(chunks[1]).toBe(v1);
    expect(chunks[3]).toBe(v2);
  });

  test('pendingBytes is the exact UTF-8 size of what flush() returns', () => {
    const encoder = new CommandEncoder();
    encoder.write(['SET', 'ключ', Buffer.alloc(1000, 1)]);
    encoder.write(['SET', 'k', '😀'.repeat(50), 12.5, 7n]);
    const expected = encoder.pendingBytes;
    const size = encoder.flush().reduce((n, c) => n + (typeof c === 'string' ? Buffer.byteLength(c) : c.length), 0);
    expect(expected).toBe(size);
  });

  test('a rejected command leaves the encoder unchanged', () => {
    const encoder = new CommandEncoder();
    encoder.write(['GET', 'a']);
    const before = encoder.pendingBytes;
    expect(() => encoder.write(['SET', 'k', Buffer.from('v'), undefined as unknown as string])).toThrow(/index 3/);
    expect(encoder.pendingBytes).toBe(before);
    expect(encoder.length).toBe(1);
    expect(encoder.flush()).toEqual(['*2\r\n$3\r\nGET\r\n$1\r\na\r\n']);
  });
});
