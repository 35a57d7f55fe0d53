// The reply helpers x's command definitions use to honour a type mapping in RESP2 (@x/client's
// doubleReply, tuplesReply, …), against node-redis's own generic transformers for the same inputs
// under every mapping that touches them. No server: pure functions, compared output for output.
import { createRequire } from 'node:module';
import {
  anyDoubleReply,
  booleanArrayReply,
  booleanReply,
  doubleArrayReply,
  doubleReply,
  nullableDoubleReply,
  RESP_TYPES,
  sortedSetReplyResp2,
  sortedSetReplyResp3,
  tuplesReply,
} from '@x/client';
import { canonical } from './support/canonical';

type Transform = (reply: unknown, preserve?: unknown, typeMapping?: object) => unknown;
interface GenericTransformers {
  transformDoubleReply: { 2: Transform };
  transformNullableDoubleReply: { 2: Transform };
  transformDoubleArrayReply: { 2: Transform };
  transformBooleanReply: { 2: Transform };
  transformBooleanArrayReply: { 2: Transform };
  transformSortedSetReply: { 2: Transform; 3: Transform };
  transformTuplesReply: Transform;
}

const requireFromRedis = createRequire(require.resolve('redis/package.json')) as (id: string) => unknown;
const nr = requireFromRedis('@redis/client/dist/lib/commands/generic-transformers') as GenericTransformers;
const geoSearchWith = (requireFromRedis('@redis/client/dist/lib/commands/GEOSEARCH_WITH') as { default: { transformReply: Transform } }).default;

const T = RESP_TYPES;
const MAPPINGS: Array<object | undefined> = [
  undefined,
  {},
  { [T.DOUBLE]: String },
  { [T.DOUBLE]: Number },
  { [T.BLOB_STRING]: Buffer },
  { [T.DOUBLE]: String, [T.BLOB_STRING]: Buffer },
  { [T.NUMBER]: String },
  { [T.MAP]: Map },
  { [T.MAP]: Array },
  { [T.MAP]: Object },
  { [T.MAP]: Map, [T.BLOB_STRING]: Buffer },
];

const DOUBLES: unknown[] = ['1.5', '-0.25', '0', '3e2', 'inf', '+inf', '-inf', 'nan', '1.7976931348623157e308', '5e-324', Buffer.from('2.5'), Buffer.from('inf'), ''];

/** Same output (canonical: Buffers by bytes, NaN and ±Infinity by name, Maps by entries in order). */
function same(x: unknown, expected: unknown): void {
  expect(canonical(x)).toEqual(canonical(expected));
}

describe.each(MAPPINGS.map((m) => [JSON.stringify(m, (_k, v: unknown) => (typeof v === 'function' ? v.name : v)) ?? 'undefined', m] as const))(
  'under mapping %s',
  (_name, mapping) => {
    test('doubles: doubleReply, nullableDoubleReply, doubleArrayReply', () => {
      for (const reply of DOUBLES) same(doubleReply(reply, mapping as never), nr.transformDoubleReply[2](reply, undefined, mapping));
      for (const reply of [null, ...DOUBLES]) same(nullableDoubleReply(reply, mapping as never), nr.transformNullableDoubleReply[2](reply, undefined, mapping));
      same(doubleArrayReply(DOUBLES, mapping as never), nr.transformDoubleArrayReply[2](DOUBLES, undefined, mapping));
    });

    test('anyDoubleReply: as GEOSEARCH … WITHDIST WITHCOORD does with a decoded or a text double', () => {
      const raw: Array<[string, string | number, [string | number, string | number]]> = [
        ['m1', '1.5', ['13.361389', '38.115556']],
        ['m2', 2.5, [13.5, 38.25]],
      ];
      const ours = raw.map(([member, distance, [lon, lat]]) => ({
        member,
        distance: anyDoubleReply(distance, mapping as never),
        coordinates: { longitude: anyDoubleReply(lon, mapping as never), latitude: anyDoubleReply(lat, mapping as never) },
      }));
      same(ours, geoSearchWith.transformReply(raw, ['WITHDIST', 'WITHCOORD'], mapping));
    });

    test('booleans', () => {
      const replies = [1, 0, '1', '0', Buffer.from('1')];
      for (const reply of replies) same(booleanReply(reply), nr.transformBooleanReply[2](reply, undefined, mapping));
      same(booleanArrayReply(replies), nr.transformBooleanArrayReply[2](replies, undefined, mapping));
    });

    test('sorted sets: RESP2 flat, RESP3 pairs', () => {
      const flat = ['a', '1.5', Buffer.from('b'), 'inf', 'c', '-0.5'];
      same(sortedSetReplyResp2(flat, mapping as never), nr.transformSortedSetReply[2](flat, undefined, mapping));
      const pairs = [
        ['a', 1.5],
        ['b', '2'],
      ];
      same(sortedSetReplyResp3(pairs), nr.transformSortedSetReply[3](pairs, undefined, mapping));
    });

    test('maps sent as flat arrays: tuplesReply', () => {
      const flats: unknown[][] = [
        [],
        ['a', '1', 'b', '2'],
        [Buffer.from('k'), Buffer.from('v'), 'n', 5],
        ['dup', 1, 'dup', 2],
        ['x', ['nested', 1], 'y', null],
      ];
      for (const flat of flats) same(tuplesReply(flat, mapping as never), nr.transformTuplesReply(flat, undefined, mapping));
    });
  },
);
