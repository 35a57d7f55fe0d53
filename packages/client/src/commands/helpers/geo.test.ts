import { BasicCommandParser, RESP_TYPES, type TypeMapping } from '@x/modules';
import { pushGeoSearchBy, pushGeoSearchFrom, pushGeoSearchOptions, transformGeoReplyWith } from './geo';

function args(push: (parser: BasicCommandParser) => void) {
  const parser = new BasicCommandParser();
  push(parser);
  return parser.redisArgs;
}

describe('geo helpers', () => {
  it("from: a member or a point (node-redis), or x's earlier tagged forms", () => {
    expect(args((p) => pushGeoSearchFrom(p, 'GEOSEARCH', 'm'))).toEqual(['FROMMEMBER', 'm']);
    expect(args((p) => pushGeoSearchFrom(p, 'GEOSEARCH', { longitude: 1.5, latitude: '2' }))).toEqual(['FROMLONLAT', '1.5', '2']);
    expect(args((p) => pushGeoSearchFrom(p, 'GEOSEARCH', { type: 'FROMMEMBER', value: 'm' }))).toEqual(['FROMMEMBER', 'm']);
    expect(args((p) => pushGeoSearchFrom(p, 'GEOSEARCH', { type: 'FROMLONLAT', longitude: 1, latitude: 2 }))).toEqual(['FROMLONLAT', '1', '2']);
    expect(() => args((p) => pushGeoSearchFrom(p, 'GEOSEARCH', { longitude: 1 }))).toThrow(/GEOSEARCH: from must be a member or \{ longitude, latitude \}/);
  });

  it('by: a radius or a box, tagged or not', () => {
    expect(args((p) => pushGeoSearchBy(p, 'GEOSEARCH', { radius: 5, unit: 'km' }))).toEqual(['BYRADIUS', '5', 'km']);
    expect(args((p) => pushGeoSearchBy(p, 'GEOSEARCH', { type: 'BYBOX', width: 1, height: 2, unit: 'M' }))).toEqual(['BYBOX', '1', '2', 'M']);
    expect(() => args((p) => pushGeoSearchBy(p, 'GEOSEARCH', { radius: 5 }))).toThrow(/by must be \{ radius, unit \}/);
  });

  it('options: SORT/order, COUNT as a number or { value, ANY }, a flat ANY; COUNT 0 left out like node-redis', () => {
    expect(args((p) => pushGeoSearchOptions(p, 'G', { SORT: 'ASC', COUNT: { value: 2, ANY: true } }, 'w'))).toEqual(['ASC', 'COUNT', '2', 'ANY']);
    expect(args((p) => pushGeoSearchOptions(p, 'G', { order: 'DESC', COUNT: 3, ANY: true }, 'w'))).toEqual(['DESC', 'COUNT', '3', 'ANY']);
    expect(args((p) => pushGeoSearchOptions(p, 'G', { COUNT: 0 }, 'w'))).toEqual([]);
  });

  it("refuses x's earlier WITH* flags, naming the …With method", () => {
    expect(() => args((p) => pushGeoSearchOptions(p, 'GEOSEARCH', { WITHDIST: true } as never, 'geoSearchWith'))).toThrow(
      'GEOSEARCH: the option WITHDIST changes the reply; use geoSearchWith instead',
    );
  });

  it('WITH* replies: the fields asked for, in the server order, numbers (strings under DOUBLE: String)', () => {
    const reply = [['m', '1.5', 123, ['13.3', '38.1']]];
    const replyWith = ['WITHCOORD', 'WITHHASH', 'WITHDIST'];
    expect(transformGeoReplyWith(reply, replyWith)).toEqual([{ member: 'm', distance: 1.5, hash: 123, coordinates: { longitude: 13.3, latitude: 38.1 } }]);
    expect(transformGeoReplyWith([['m', 1.5]], ['WITHDIST'], { [RESP_TYPES.DOUBLE]: String } as TypeMapping)).toEqual([{ member: 'm', distance: '1.5' }]);
    expect(transformGeoReplyWith([['m', [1, 2]]], ['WITHCOORD'])).toEqual([{ member: 'm', coordinates: { longitude: 1, latitude: 2 } }]);
  });
});
