import { parseCommandArguments } from '@x/modules';
import CLIENT_TRACKING from './client-tracking';

describe('CLIENT TRACKING', () => {
  it("node-redis's boolean, options in its order", () => {
    expect(parseCommandArguments(CLIENT_TRACKING, true).redisArgs).toEqual(['CLIENT', 'TRACKING', 'ON']);
    expect(parseCommandArguments(CLIENT_TRACKING, false).redisArgs).toEqual(['CLIENT', 'TRACKING', 'OFF']);
    expect(parseCommandArguments(CLIENT_TRACKING, true, { REDIRECT: 3, BCAST: true, PREFIX: ['a', 'b'], NOLOOP: true }).redisArgs).toEqual([
      'CLIENT', 'TRACKING', 'ON', 'REDIRECT', '3', 'BCAST', 'PREFIX', 'a', 'PREFIX', 'b', 'NOLOOP',
    ]);
    expect(parseCommandArguments(CLIENT_TRACKING, true, { OPTIN: true }).redisArgs).toEqual(['CLIENT', 'TRACKING', 'ON', 'OPTIN']);
  });

  it("x's earlier 'ON'/'OFF'; what node-redis would drop is sent (the server judges it)", () => {
    expect(parseCommandArguments(CLIENT_TRACKING, 'ON', { PREFIX: 'a' }).redisArgs).toEqual(['CLIENT', 'TRACKING', 'ON', 'PREFIX', 'a']);
    expect(parseCommandArguments(CLIENT_TRACKING, 'OFF').redisArgs).toEqual(['CLIENT', 'TRACKING', 'OFF']);
  });
});
