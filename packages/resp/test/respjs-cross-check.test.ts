import Resp from 'respjs';
import { ReplyError } from '../src/index';
import { decodeSplit, plain, randomCuts } from './support/feed';
import { createRandom, randomInt, testSeed } from './support/random';
import { randomValue } from './support/random-values';
import { toWire } from './support/resp-writer';

/**
 * respjs 4.2.0 as an independent RESP2 oracle: for random RESP2 streams, our parser (fed at random
 * split points) and respjs (fed whole) must agree reply for reply. respjs delivers server errors as
 * values split into name/message; both sides are normalised to the server's text.
 */

const SEED = testSeed(424242);

function viaRespjs(wire: Buffer): unknown[] {
  const out: unknown[] = [];
  const resp = new Resp();
  resp.on('data', (value: unknown) => out.push(value));
  resp.on('error', (error: Error) => out.push({ respjsFailed: error.message }));
  resp.write(wire);
  return out.map(normalise);
}

function normalise(value: unknown): unknown {
  if (value instanceof ReplyError) return { error: value.message };
  if (value instanceof Error) return { error: `${value.name} ${value.message}` };
  if (Array.isArray(value)) return value.map(normalise);
  return value;
}

test('random RESP2 streams decode the same as respjs', () => {
  const random = createRandom(SEED);
  let replies = 0;
  for (let iteration = 0; iteration < 300; iteration++) {
    const frames = Array.from({ length: randomInt(random, 1, 40) }, () => randomValue(random, { resp3: false, maxDepth: 5 }));
    const wire = Buffer.concat(frames.map(toWire));
    const ours = decodeSplit(wire, randomCuts(random, wire.length, randomInt(random, 0, 30)));
    const theirs = viaRespjs(wire);
    try {
      expect(plain(ours.map((e) => ({ kind: 'value', value: normalise(e.value) })))).toEqual(
        plain(theirs.map((value) => ({ kind: 'value', value }))),
      );
    } catch (error) {
      (error as Error).message = `[seed ${SEED}, iteration ${iteration}] ${(error as Error).message}`;
      throw error;
    }
    replies += theirs.length;
  }
  expect(replies).toBeGreaterThan(3000);
});

test('known RESP2 replies, including integers beyond 2^53 (both round to the nearest double)', () => {
  const wire = Buffer.from('+OK\r\n:-12\r\n:9007199254740993\r\n$-1\r\n*-1\r\n*0\r\n$0\r\n\r\n-ERR bad thing\r\n*2\r\n*1\r\n:1\r\n$2\r\né\r\n');
  expect(plain(decodeSplit(wire, []).map((e) => ({ kind: 'value', value: normalise(e.value) })))).toEqual(
    plain(viaRespjs(wire).map((value) => ({ kind: 'value', value }))),
  );
});
