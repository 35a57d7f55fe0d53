import { parseCommandArguments } from '@x/modules';
import CLIENT_KILL from './client-kill';

const wire = (...args: Parameters<typeof CLIENT_KILL.parseCommand> extends [unknown, ...infer R] ? R : never) =>
  parseCommandArguments(CLIENT_KILL, ...args).redisArgs;

describe('CLIENT KILL', () => {
  it("node-redis's filters, one or several", () => {
    expect(wire({ filter: 'SKIPME', skipMe: true })).toEqual(['CLIENT', 'KILL', 'SKIPME', 'yes']);
    expect(wire([{ filter: 'ID', id: 7 }, { filter: 'SKIPME', skipMe: false }])).toEqual(['CLIENT', 'KILL', 'ID', '7', 'SKIPME', 'no']);
    expect(wire([{ filter: 'ADDR', address: '1.2.3.4:5' }, { filter: 'LADDR', localAddress: '1.2.3.4:6' }])).toEqual(['CLIENT', 'KILL', 'ADDR', '1.2.3.4:5', 'LADDR', '1.2.3.4:6']);
    expect(wire([{ filter: 'TYPE', type: 'pubsub' }, { filter: 'USER', username: 'u' }, { filter: 'MAXAGE', maxAge: 10 }])).toEqual(['CLIENT', 'KILL', 'TYPE', 'pubsub', 'USER', 'u', 'MAXAGE', '10']);
    expect(wire('SKIPME')).toEqual(['CLIENT', 'KILL', 'SKIPME']);
  });

  it("x's earlier { type, value } filters and the ip:port form", () => {
    expect(wire([{ type: 'ID', value: 7 }, { type: 'SKIPME', value: 'yes' }])).toEqual(['CLIENT', 'KILL', 'ID', '7', 'SKIPME', 'yes']);
    expect(wire('127.0.0.1:6000')).toEqual(['CLIENT', 'KILL', '127.0.0.1:6000']);
  });

  it('refuses a filter it does not understand instead of sending less', () => {
    expect(() => wire({ filter: 'NOPE' } as never)).toThrow(TypeError);
    expect(() => wire([{ value: 1 }] as never)).toThrow(TypeError);
    expect(() => wire([7] as never)).toThrow(TypeError);
  });
});
