// keyPrefix, definition by definition: every case of every group (and each step of the multi cases)
// parsed by node-redis's parser and by x's, both made with a keyPrefix — a string and a Buffer — and
// the arguments and keys each would send compared. Where node-redis puts the prefix (every position
// its definition pushes as a key: STORE destinations, numkeys lists, script and function keys,
// CLUSTER KEYSLOT's key) x must too; where it does not (patterns, channels, SPUBLISH) neither may x.
// No server: the live comparison is key-prefix.test.ts.
import { compareDefinitions, type Case } from './support/cases';
import { oracle } from './support/oracle';
import { arrayCases } from './cases/array';
import { bitmapCases } from './cases/bitmap';
import { clusterCases } from './cases/cluster';
import { connectionCases } from './cases/connection';
import { genericCases } from './cases/generic';
import { geoCases } from './cases/geo';
import { hashCases } from './cases/hash';
import { hyperloglogCases } from './cases/hyperloglog';
import { listCases } from './cases/list';
import { pubSubCases } from './cases/pubsub';
import { scriptingCases } from './cases/scripting';
import { serverCases } from './cases/server';
import { setCases } from './cases/set';
import { sortedSetCases } from './cases/sorted-set';
import { streamCases } from './cases/stream';
import { stringCases } from './cases/string';
import { vectorSetCases } from './cases/vector-set';

const GROUPS: ReadonlyArray<[string, ReadonlyArray<Case>]> = [
  ['array', arrayCases], ['bitmap', bitmapCases], ['cluster', clusterCases], ['connection', connectionCases],
  ['generic', genericCases], ['geo', geoCases], ['hash', hashCases], ['hyperloglog', hyperloglogCases], ['list', listCases],
  ['pubsub', pubSubCases], ['scripting', scriptingCases], ['server', serverCases], ['set', setCases],
  ['sorted-set', sortedSetCases], ['stream', streamCases], ['string', stringCases], ['vector-set', vectorSetCases],
];

const PREFIXES: ReadonlyArray<[string, string | Buffer]> = [
  ['a string prefix', 'pfx:'],
  ['a Buffer prefix', Buffer.from([0x70, 0xfe, 0x3a])],
];

describe('keyPrefix: the arguments and keys each definition sends, x against node-redis', () => {
  for (const [prefixName, prefix] of PREFIXES) {
    describe(prefixName, () => {
      for (const [group, cases] of GROUPS) {
        it(`every ${group} case`, () => {
          const mismatches: string[] = [];
          for (const c of cases) {
            // A case whose arguments differ on purpose without a prefix differs with one too.
            if (c.difference?.wire === true) continue;
            const found: string[] = [];
            compareDefinitions({ ...c, unitOnly: undefined }, found, prefix);
            for (const m of found) mismatches.push(`${c.method} ${c.name ?? ''}: ${m}`);
          }
          expect(mismatches).toEqual([]);
        });
      }
    });
  }

  it("node-redis's parser does take the prefix (else every comparison above would be vacuous)", () => {
    const parser = new oracle.BasicCommandParser('pfx:');
    oracle.commands['SINTERSTORE']!.parseCommand(parser, '{c}dst', ['{c}a', '{c}b']);
    expect(parser.redisArgs).toEqual(['SINTERSTORE', 'pfx:{c}dst', 'pfx:{c}a', 'pfx:{c}b']);
  });
});
