import type { Case, Outcome } from '../support/cases';
import { textOf } from '../support/normalize';
import { crossSlotRefused } from './sorted-set';

const GEO = ['GEOADD', '{c}geo', '13.361389', '38.115556', 'Palermo', '15.087269', '37.502669', 'Catania', '12.758489', '38.788135', 'edge1'];
const FROM = { longitude: 15, latitude: 37 };

/** The geo group of node-redis 6.4 (with its variants), by upper-case name. */
export const GEO_COMMANDS = [
  'GEOADD', 'GEODIST', 'GEOHASH', 'GEOPOS', 'GEORADIUS', 'GEORADIUS_RO', 'GEORADIUS_RO_WITH', 'GEORADIUS_STORE',
  'GEORADIUS_WITH', 'GEORADIUSBYMEMBER', 'GEORADIUSBYMEMBER_RO', 'GEORADIUSBYMEMBER_RO_WITH', 'GEORADIUSBYMEMBER_STORE',
  'GEORADIUSBYMEMBER_WITH', 'GEOSEARCH', 'GEOSEARCH_WITH', 'GEOSEARCHSTORE',
] as const;

const xValue = (x: Outcome) => (x.ok ? textOf(x.value) : x.error);

/** node-redis's definition throws on x's earlier form (it reads a missing field); x sends the command. */
const earlierForm = (what: string, expected: unknown) => ({
  reason: `x's earlier documented form (${what}): node-redis's definition reads fields it lacks and throws before sending; x keeps the form working`,
  wire: true,
  check: (x: Outcome, nr: Outcome) => {
    expect(xValue(x)).toEqual(expected);
    expect(nr.ok).toBe(false);
  },
});

export const geoCases: Case[] = [
  { method: 'geoAdd', args: ['{c}geo', { longitude: 13.361389, latitude: 38.115556, member: 'Palermo' }] },
  {
    method: 'geoAdd',
    args: ['{c}geo', [{ longitude: 13.361389, latitude: 38.115556, member: 'Palermo' }, { longitude: '15.087269', latitude: '37.502669', member: 'Catania' }]],
  },
  { method: 'geoAdd', args: ['{c}geo', { longitude: 1, latitude: 2, member: 'Palermo' }, { condition: 'NX' }], setup: [GEO] },
  { method: 'geoAdd', args: ['{c}geo', { longitude: 1, latitude: 2, member: 'new' }, { NX: true, CH: true }], setup: [GEO] },
  { method: 'geoAdd', args: ['{c}geo', [{ longitude: 1, latitude: 2, member: 'Palermo' }, { longitude: 1, latitude: 2, member: 'new' }], { XX: true, CH: true }], setup: [GEO] },
  { method: 'geoAdd', args: ['{c}geo', { longitude: 1, latitude: 2, member: 'Catania' }, { condition: 'XX', CH: true }], setup: [GEO] },
  { method: 'geoAdd', name: 'Buffer member', args: () => ['{c}geo', { longitude: 1, latitude: 2, member: Buffer.from([0xfe]) }] },
  { method: 'geoAdd', name: 'a flat array is refused before sending', args: ['{c}geo', ['13.36', '38.11', 'Palermo']] },
  { method: 'geoAdd', name: 'out of range', args: ['{c}geo', { longitude: 200, latitude: 100, member: 'nowhere' }] },

  { method: 'geoDist', args: ['{c}geo', 'Palermo', 'Catania'], setup: [GEO] },
  { method: 'geoDist', args: ['{c}geo', 'Palermo', 'Catania', 'km'], setup: [GEO] },
  { method: 'geoDist', args: ['{c}geo', 'Palermo', 'Catania', 'MI'], setup: [GEO] },
  { method: 'geoDist', args: ['{c}geo', 'Palermo', 'missing', 'ft'], setup: [GEO] },

  { method: 'geoHash', args: ['{c}geo', 'Palermo'], setup: [GEO] },
  { method: 'geoHash', args: ['{c}geo', ['Palermo', 'missing', 'Catania']], setup: [GEO] },
  { method: 'geoPos', args: ['{c}geo', 'Palermo'], setup: [GEO] },
  { method: 'geoPos', args: ['{c}geo', ['Palermo', 'missing']], setup: [GEO] },
  { method: 'geoPos', args: ['{c}missing', ['a']] },

  { method: 'geoRadius', args: ['{c}geo', FROM, 200, 'km'], setup: [GEO] },
  { method: 'geoRadius', args: ['{c}geo', FROM, 200, 'km', { SORT: 'DESC' }], setup: [GEO] },
  { method: 'geoRadius', args: ['{c}geo', { longitude: '15', latitude: '37' }, 300, 'km', { SORT: 'ASC', COUNT: 2 }], setup: [GEO] },
  { method: 'geoRadius', args: ['{c}geo', FROM, 300, 'km', { COUNT: { value: 5, ANY: true } }], setup: [GEO] },
  {
    method: 'geoRadius',
    name: "x's earlier positional longitude, latitude",
    args: ['{c}geo', 15, 37, 200, 'KM', { order: 'ASC' }],
    setup: [GEO],
    difference: earlierForm('(key, longitude, latitude, radius, unit)', ['Catania', 'Palermo']),
  },
  {
    method: 'geoRadius',
    name: "x's earlier WITHDIST option is refused",
    args: ['{c}geo', FROM, 200, 'km', { WITHDIST: true }],
    setup: [GEO],
    difference: {
      reason: 'node-redis ignores WITHDIST; x refuses it (it would change the reply) and names geoRadiusWith',
      wire: true,
      check: (x: Outcome) => expect(x.ok ? x : x.error).toBeInstanceOf(TypeError),
    },
  },
  { method: 'geoRadiusRo', args: ['{c}geo', FROM, 200, 'km', { SORT: 'ASC' }], setup: [GEO] },
  { method: 'geoRadiusRo', args: ['{c}geo', FROM, 1, 'm'], setup: [GEO] },
  { method: 'geoRadiusWith', args: ['{c}geo', FROM, 200, 'km', ['WITHDIST']], setup: [GEO] },
  { method: 'geoRadiusWith', args: ['{c}geo', FROM, 200, 'km', ['WITHCOORD', 'WITHDIST', 'WITHHASH'], { SORT: 'ASC', COUNT: 1 }], setup: [GEO] },
  { method: 'geoRadiusRoWith', args: ['{c}geo', FROM, 200, 'km', ['WITHHASH']], setup: [GEO] },
  { method: 'geoRadiusRoWith', args: ['{c}geo', FROM, 300, 'km', ['WITHCOORD', 'WITHHASH'], { SORT: 'DESC' }], setup: [GEO] },
  { method: 'geoRadiusStore', args: ['{c}geo', FROM, 200, 'km', '{c}dst'], setup: [GEO] },
  { method: 'geoRadiusStore', args: ['{c}geo', FROM, 300, 'km', '{c}dst', { STOREDIST: true, SORT: 'ASC', COUNT: 2 }], setup: [GEO] },
  {
    method: 'geoRadiusStore',
    name: 'destination in another slot',
    args: ['{c}geo', FROM, 300, 'km', '{a}dst'],
    setup: [GEO],
    difference: crossSlotRefused,
  },

  { method: 'geoRadiusByMember', args: ['{c}geo', 'Palermo', 200, 'km'], setup: [GEO] },
  { method: 'geoRadiusByMember', args: ['{c}geo', 'Palermo', 300, 'km', { SORT: 'DESC', COUNT: { value: 2 } }], setup: [GEO] },
  { method: 'geoRadiusByMember', args: ['{c}geo', 'missing', 300, 'km'], setup: [GEO] },
  { method: 'geoRadiusByMemberRo', args: ['{c}geo', 'Catania', 300, 'km', { SORT: 'ASC' }], setup: [GEO] },
  { method: 'geoRadiusByMemberWith', args: ['{c}geo', 'Palermo', 300, 'km', ['WITHDIST', 'WITHCOORD']], setup: [GEO] },
  { method: 'geoRadiusByMemberWith', args: ['{c}geo', 'Palermo', 300, 'km', ['WITHHASH'], { SORT: 'ASC', COUNT: 2 }], setup: [GEO] },
  { method: 'geoRadiusByMemberRoWith', args: ['{c}geo', 'Catania', 300, 'km', ['WITHDIST', 'WITHHASH', 'WITHCOORD'], { SORT: 'ASC' }], setup: [GEO] },
  { method: 'geoRadiusByMemberStore', args: ['{c}geo', 'Palermo', 300, 'km', '{c}dst'], setup: [GEO] },
  { method: 'geoRadiusByMemberStore', args: ['{c}geo', 'Palermo', 300, 'km', '{c}dst', { STOREDIST: true }], setup: [GEO] },

  { method: 'geoSearch', args: ['{c}geo', 'Palermo', { radius: 200, unit: 'km' }], setup: [GEO] },
  { method: 'geoSearch', args: ['{c}geo', FROM, { radius: 200, unit: 'km' }, { SORT: 'ASC' }], setup: [GEO] },
  { method: 'geoSearch', args: ['{c}geo', FROM, { width: 400, height: 400, unit: 'km' }, { SORT: 'DESC', COUNT: 2 }], setup: [GEO] },
  { method: 'geoSearch', args: ['{c}geo', 'Catania', { width: 1000, height: 50, unit: 'mi' }, { COUNT: { value: 1, ANY: true } }], setup: [GEO] },
  { method: 'geoSearch', name: 'Buffer member', args: () => ['{c}geo', Buffer.from('Palermo'), { radius: 1, unit: 'm' }], setup: [GEO] },
  { method: 'geoSearch', args: ['{c}geo', 'missing', { radius: 200, unit: 'km' }], setup: [GEO] },
  {
    method: 'geoSearch',
    name: "x's earlier tagged from and by",
    args: ['{c}geo', { type: 'FROMMEMBER', value: 'Palermo' }, { type: 'BYRADIUS', radius: 200, unit: 'KM' }, { order: 'ASC' }],
    setup: [GEO],
    difference: earlierForm("{ type: 'FROMMEMBER', value }, { type: 'BYRADIUS', … }", ['Palermo', 'edge1', 'Catania']),
  },
  {
    method: 'geoSearch',
    name: "x's earlier tagged FROMLONLAT and BYBOX, COUNT with a flat ANY",
    args: ['{c}geo', { type: 'FROMLONLAT', longitude: 15, latitude: 37 }, { type: 'BYBOX', width: 400, height: 400, unit: 'KM' }, { COUNT: 2, ANY: true }],
    setup: [GEO],
    difference: {
      reason: "x's earlier documented form ({ type: 'FROMLONLAT', … }, a flat ANY): node-redis reads the coordinates but drops the flat ANY; x sends it",
      wire: true,
      check: (x: Outcome) => expect((xValue(x) as string[]).length).toBe(2),
    },
  },
  { method: 'geoSearchWith', args: ['{c}geo', 'Palermo', { radius: 200, unit: 'km' }, ['WITHDIST']], setup: [GEO] },
  { method: 'geoSearchWith', args: ['{c}geo', FROM, { width: 400, height: 400, unit: 'km' }, ['WITHHASH', 'WITHCOORD', 'WITHDIST'], { SORT: 'ASC' }], setup: [GEO] },
  { method: 'geoSearchWith', args: ['{c}geo', 'Catania', { radius: 500, unit: 'km' }, ['WITHCOORD'], { COUNT: 2 }], setup: [GEO] },
  { method: 'geoSearchWith', args: ['{c}geo', 'Catania', { radius: 500, unit: 'km' }, []], setup: [GEO] },
  { method: 'geoSearchStore', args: ['{c}dst', '{c}geo', 'Palermo', { radius: 200, unit: 'km' }], setup: [GEO] },
  { method: 'geoSearchStore', args: ['{c}dst', '{c}geo', FROM, { width: 500, height: 500, unit: 'km' }, { STOREDIST: true, SORT: 'ASC', COUNT: 2 }], setup: [GEO] },
  {
    method: 'geoSearchStore',
    name: 'destination in another slot',
    args: ['{a}dst', '{c}geo', 'Palermo', { radius: 200, unit: 'km' }],
    setup: [GEO],
    difference: crossSlotRefused,
  },

  // Reshaped replies inside a transaction.
  {
    method: 'multi',
    name: 'reshaped geo replies in a transaction',
    args: [],
    setup: [GEO],
    multi: [
      { method: 'geoPos', args: ['{c}geo', ['Palermo', 'missing']] },
      { method: 'geoDist', args: ['{c}geo', 'Palermo', 'Catania', 'km'] },
      { method: 'geoSearchWith', args: ['{c}geo', 'Palermo', { radius: 200, unit: 'km' }, ['WITHDIST', 'WITHCOORD']] },
      { method: 'geoRadiusByMemberWith', args: ['{c}geo', 'Catania', 300, 'km', ['WITHHASH']] },
    ],
  },
];
