import { parseCommandArguments } from '@x/modules';
import GEORADIUS from './georadius';
import GEORADIUS_STORE from './georadius-store';
import GEORADIUSBYMEMBER_RO_WITH from './georadiusbymember-ro-with';

describe('GEORADIUS family', () => {
  it("node-redis's (key, { longitude, latitude }, radius, unit, options) and x's earlier positional form send the same", () => {
    const nodeRedis = parseCommandArguments(GEORADIUS, 'g', { longitude: 15, latitude: 37 }, 200, 'km', { SORT: 'ASC', COUNT: 2 });
    expect(nodeRedis.redisArgs).toEqual(['GEORADIUS', 'g', '15', '37', '200', 'km', 'ASC', 'COUNT', '2']);
    expect(parseCommandArguments(GEORADIUS, 'g', 15, 37, 200, 'km', { order: 'ASC', COUNT: 2 }).redisArgs).toEqual(nodeRedis.redisArgs);
    expect(nodeRedis.keys).toEqual(['g']);
  });

  it("refuses x's earlier STORE and WITH* options, naming the method to use", () => {
    expect(() => parseCommandArguments(GEORADIUS, 'g', 15, 37, 1, 'km', { STORE: 'dst' } as never)).toThrow(/STORE changes the reply; use geoRadiusStore/);
    expect(() => parseCommandArguments(GEORADIUS, 'g', 15, 37, 1, 'km', { WITHHASH: true } as never)).toThrow(/use geoRadiusWith/);
  });

  it('…STORE: the destination is a key, after the options', () => {
    const parser = parseCommandArguments(GEORADIUS_STORE, 'g', { longitude: 1, latitude: 2 }, 3, 'm', 'dst', { STOREDIST: true, COUNT: 1 });
    expect(parser.redisArgs).toEqual(['GEORADIUS', 'g', '1', '2', '3', 'm', 'COUNT', '1', 'STOREDIST', 'dst']);
    expect(parser.keys).toEqual(['g', 'dst']);
  });

  it('…WITH: the WITH* tokens last, kept for the transform', () => {
    const parser = parseCommandArguments(GEORADIUSBYMEMBER_RO_WITH, 'g', 'm', 3, 'km', ['WITHHASH', 'WITHDIST'], { SORT: 'DESC' });
    expect(parser.redisArgs).toEqual(['GEORADIUSBYMEMBER_RO', 'g', 'm', '3', 'km', 'DESC', 'WITHHASH', 'WITHDIST']);
    expect(GEORADIUSBYMEMBER_RO_WITH.transformReply([['a', '0.5', 7]], parser.preserve)).toEqual([{ member: 'a', distance: 0.5, hash: 7 }]);
    expect(() => parseCommandArguments(GEORADIUSBYMEMBER_RO_WITH, 'g', 'm', 3, 'km', 'WITHDIST' as never)).toThrow(/replyWith must be an array/);
  });
});
