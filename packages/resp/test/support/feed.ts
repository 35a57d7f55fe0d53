import { Parser, type ParserOptions, type RespValue, type ReplyError, type ProtocolError } from '../../src/index';
import { createRandom, randomInt } from './random';

/** One callback invocation, in the order the parser made it. */
export type ParserEvent =
  | { kind: 'reply'; value: RespValue }
  | { kind: 'error'; value: ReplyError }
  | { kind: 'fatal'; value: ProtocolError }
  | { kind: 'push'; value: RespValue[] }
  | { kind: 'attribute'; value: RespValue }
  | { kind: 'skipped'; value: null };

export type DecodeOptions = Omit<ParserOptions, 'returnReply' | 'returnError' | 'returnFatalError' | 'returnPush' | 'returnAttribute' | 'returnSkipped'> & {
  /** Register returnPush (default true). */
  push?: boolean;
  /** Register returnAttribute (default true). */
  attribute?: boolean;
};

/** A parser that records every callback into `events`. */
export function recordingParser(options: DecodeOptions = {}): { parser: Parser; events: ParserEvent[] } {
  const events: ParserEvent[] = [];
  const { push = true, attribute = true, ...rest } = options;
  const parser = new Parser({
    ...rest,
    returnReply: (value) => events.push({ kind: 'reply', value }),
    returnError: (value) => events.push({ kind: 'error', value }),
    returnFatalError: (value) => events.push({ kind: 'fatal', value }),
    returnSkipped: () => events.push({ kind: 'skipped', value: null }),
    ...(push ? { returnPush: (value: RespValue[]) => events.push({ kind: 'push', value }) } : {}),
    ...(attribute ? { returnAttribute: (value: RespValue) => events.push({ kind: 'attribute', value }) } : {}),
  });
  return { parser, events };
}

/**
 * Feed `data` cut at the given offsets (sorted, within (0, length)). Feeding stops at the first
 * ProtocolError: what follows it is a new stream to the parser, so it depends on where the cut was.
 */
export function decodeSplit(data: Buffer, cuts: number[], options?: DecodeOptions): ParserEvent[] {
  const { parser, events } = recordingParser(options);
  let start = 0;
  let checked = 0;
  for (const cut of [...cuts, data.length]) {
    parser.execute(data.subarray(start, cut));
    start = cut;
    for (; checked < events.length; checked++) if (events[checked]?.kind === 'fatal') return events;
  }
  return events;
}

export function randomCuts(random: () => number, length: number, count: number): number[] {
  const cuts = new Set<number>();
  for (let i = 0; i < count && length > 1; i++) cuts.add(randomInt(random, 1, length - 1));
  return [...cuts].sort((a, b) => a - b);
}

/** Comparable form of events: errors become plain records (jest compares Error by message only). */
export function plain(events: ReadonlyArray<{ kind: string; value: unknown }>): unknown[] {
  return events.map((e) => ({ kind: e.kind, value: plainValue(e.value) }));
}

function plainValue(value: unknown): unknown {
  // Buffers as text: jest compares Buffers element by element, far too slowly for large ones.
  if (Buffer.isBuffer(value)) return `<Buffer ${value.toString('base64')}>`;
  if (value instanceof Error) {
    const record: Record<string, unknown> = { error: value.name, message: value.message };
    if ('code' in value) record['code'] = value.code;
    if ('offset' in value) record['offset'] = value.offset;
    return record;
  }
  if (Array.isArray(value)) return value.map(plainValue);
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [plainValue(k), plainValue(v)]));
  if (value instanceof Set) return new Set([...value].map(plainValue));
  if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value) && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plainValue(v);
    return out;
  }
  return value;
}

/**
 * Decode `data` whole, byte by byte, and at `randomRuns` sets of random split points; assert all
 * give the same events and return them (for the caller's own expectations).
 */
export function decodeAllWays(data: Buffer | string, options?: DecodeOptions, randomRuns = 20, seed = 1): ParserEvent[] {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
  const whole = decodeSplit(bytes, [], options);
  const expected = plain(whole);
  const byByte = decodeSplit(bytes, Array.from({ length: Math.max(0, bytes.length - 1) }, (_, i) => i + 1), options);
  expect(plain(byByte)).toEqual(expected);
  const random = createRandom(seed);
  for (let run = 0; run < randomRuns; run++) {
    const cuts = randomCuts(random, bytes.length, randomInt(random, 1, 8));
    const events = decodeSplit(bytes, cuts, options);
    try {
      expect(plain(events)).toEqual(expected);
    } catch (error) {
      throw new Error(`split at [${cuts.join(', ')}] (seed ${seed}, run ${run}) differs: ${(error as Error).message}`);
    }
  }
  return whole;
}

/** The replies of `data`, checked all three ways. */
export function repliesOf(data: Buffer | string, options?: DecodeOptions): RespValue[] {
  const events = decodeAllWays(data, options);
  for (const e of events) if (e.kind !== 'reply') throw new Error(`unexpected ${e.kind} event: ${String(e.value)}`);
  return events.map((e) => e.value as RespValue);
}

/** The single reply of `data`, checked all three ways. */
export function replyOf(data: Buffer | string, options?: DecodeOptions): RespValue {
  const replies = repliesOf(data, options);
  expect(replies).toHaveLength(1);
  return replies[0] as RespValue;
}
