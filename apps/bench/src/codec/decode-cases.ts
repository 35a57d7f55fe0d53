import { isDeepStrictEqual } from 'node:util';
import type { BenchCase, Contender } from '../harness';
import { createDecoders, type DecoderUnderTest } from './decoders';
import { arrays10x100, bulk100, bulk1mb, millionElements, resp3Mix, smallReplies, type Fixture } from './fixtures';

/** Errors compared by their server text (libraries split or name them differently). */
function normalise(value: unknown): unknown {
  if (value instanceof Error) return /^[A-Z]+$/.test(value.name) ? `${value.name} ${value.message}` : value.message;
  if (Buffer.isBuffer(value)) return value.toString(); // node-redis decodes push payloads as Buffers
  if (Array.isArray(value)) return value.map(normalise);
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

function decodeCase(name: string, fixture: Fixture, options: { unit?: 'ops/s' | 'MB/s'; work?: number; resp3?: boolean; skip?: Record<string, string>; note?: string } = {}): BenchCase {
  const decoders = createDecoders();
  const runnable = (d: DecoderUnderTest): string | undefined =>
    options.resp3 === true && !d.resp3 ? 'no RESP3 support' : options.skip?.[d.name];
  const contenders: Contender[] = decoders.map((d) => {
    const skip = runnable(d);
    return {
      name: d.name,
      run: () => {
        const before = d.count;
        d.feed(fixture.chunks);
        if (d.count - before !== fixture.replies) throw new Error(`${d.name} decoded ${d.count - before} of ${fixture.replies} replies`);
      },
      ...(skip !== undefined ? { skip } : {}),
    };
  });
  return {
    group: 'codec',
    name,
    unit: options.unit ?? 'ops/s',
    work: options.work ?? fixture.replies,
    contenders,
    ...(options.note !== undefined ? { note: options.note } : {}),
    verify: () => {
      // Every contender must decode exactly what ours decodes.
      let expected: unknown;
      for (const d of decoders) {
        if (runnable(d) !== undefined) continue;
        d.collected = [];
        d.feed(fixture.chunks);
        const got = normalise(d.collected);
        d.collected = null;
        if (expected === undefined) expected = got;
        else if (!isDeepStrictEqual(got, expected)) throw new Error(`${d.name} decodes "${name}" differently from @x/resp`);
      }
    },
  };
}

export function decodeCases(): BenchCase[] {
  const million = millionElements();
  return [
    decodeCase('decode: 1000 small replies (status, integers, null, error)', smallReplies()),
    decodeCase('decode: 1000 × 100 B bulk', bulk100()),
    decodeCase('decode: 200 arrays of 10 × 100 B bulk', arrays10x100()),
    decodeCase('decode: 4 × 1 MB bulk in 64 KiB chunks', bulk1mb(), { unit: 'MB/s', work: bulk1mb().bytes }),
    decodeCase('decode: one 1M-element array in 64 KiB chunks (elements/s)', million, {
      work: 1_000_000,
      skip: { 'respjs 4.2.0': 're-parses from the start on every chunk (quadratic: minutes per iteration)' },
    }),
    decodeCase('decode: 1000 RESP3 replies (maps, doubles, booleans, sets, push)', resp3Mix(), { resp3: true }),
  ];
}
