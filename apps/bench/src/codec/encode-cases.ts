import type { BenchCase } from '../harness';
import { encoders, type Command } from './encoders';

function encodeCase(name: string, commands: readonly Command[]): BenchCase {
  return {
    group: 'codec',
    name,
    unit: 'ops/s',
    work: commands.length,
    contenders: encoders.map((e) => ({ name: e.name, run: () => e.encode(commands) })),
    verify: () => {
      // Every contender must put the same bytes on the wire.
      const [first, ...rest] = encoders.map((e) => {
        const out: Buffer[] = [];
        e.encode(commands, out);
        return Buffer.concat(out);
      });
      rest.forEach((bytes, i) => {
        if (!bytes.equals(first as Buffer)) throw new Error(`${encoders[i + 1]?.name} encodes "${name}" differently`);
      });
    },
  };
}

export function encodeCases(): BenchCase[] {
  const setGet: Command[] = [];
  for (let i = 0; i < 100; i++) {
    setGet.push(i % 2 === 0 ? ['SET', `user:session:${i}`, `{"id":${i},"name":"user ${i}","ttl":3600}`] : ['GET', `user:session:${i - 1}`]);
  }
  const value = Buffer.alloc(1024, 'binary-value-');
  const setBuffer: Command[] = [];
  for (let i = 0; i < 100; i++) setBuffer.push(['SET', `blob:${i}`, value, 'EX', '60']);
  return [
    encodeCase('encode: pipeline of 100 SET/GET (commands/s)', setGet),
    encodeCase('encode: pipeline of 100 SET with a 1 KB Buffer value (commands/s)', setBuffer),
  ];
}
