/** A small seeded PRNG (mulberry32), so every random test is reproducible from its printed seed. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** The seed for this run: `X_TEST_SEED` if set, else fixed. Printed by tests on failure. */
export function testSeed(fallback: number): number {
  const fromEnv = process.env['X_TEST_SEED'];
  return fromEnv === undefined ? fallback : Number(fromEnv);
}
