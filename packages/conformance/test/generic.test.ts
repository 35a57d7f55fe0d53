import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { closePairs, pairFor, PROTOCOLS, reset, runRaw, TARGETS, type Callable } from './support/targets';
import { genericCases, GENERIC_COMMANDS } from './cases/generic';

describeGroupCoverage('generic', GENERIC_COMMANDS, genericCases);
describeCases('generic', genericCases);

// A SCAN step's cursor differs between the two on a cluster (see clusterScanCursor): whole walks must
// find the same keys.
describe('generic: a whole SCAN walk finds the same keys', () => {
  afterAll(closePairs);

  async function walk(client: Callable, options?: object): Promise<string[]> {
    const keys: string[] = [];
    let cursor = '0';
    for (let step = 0; step < 10_000; step++) {
      const reply = (await (client.scan as (c: string, o?: object) => Promise<{ cursor: string; keys: string[] }>).call(client, cursor, options));
      keys.push(...reply.keys);
      cursor = reply.cursor;
      if (cursor === '0') return keys.sort();
    }
    throw new Error('SCAN did not finish in 10000 steps');
  }

  const setup = [
    ...Array.from({ length: 30 }, (_, i) => ['SET', `{a}${i}`, 'v']),
    ...Array.from({ length: 30 }, (_, i) => ['SET', `{b}${i}`, 'v']),
    ...Array.from({ length: 30 }, (_, i) => ['SET', `k${i}`, 'v']),
    ['RPUSH', '{c}list', 'x'],
  ];

  for (const target of TARGETS) {
    for (const resp of PROTOCOLS) {
      for (const options of [undefined, { COUNT: 5 }, { MATCH: '{a}1*' }, { TYPE: 'list' }]) {
        it(`${target}, RESP${resp}, ${JSON.stringify(options ?? {})}`, async () => {
          const { x, nr } = await pairFor(target, resp);
          await reset(target);
          await runRaw(target, setup);
          const [xKeys, nrKeys] = [await walk(x, options), await walk(nr, options)];
          expect(xKeys.length).toBeGreaterThan(0);
          // node-redis may see a key twice when a node's scan spans a rehash; compare the distinct keys.
          expect([...new Set(xKeys)]).toEqual([...new Set(nrKeys)]);
        });
      }
    }
  }
});
