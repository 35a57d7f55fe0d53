import { startRedisServer, type RedisServer } from '@x/test-utils';
import { createClient, PubSubCommandError, ReplyOrderError, type RedisClientType } from '../src';

// The reply FIFO hands the n-th reply to the n-th command: a command that changes how the server
// replies would hand every later command another's reply. Such commands are refused before sending.
let server: RedisServer;
let client: RedisClientType;

beforeAll(async () => {
  server = await startRedisServer();
  client = await createClient({ socket: { host: server.host, port: server.port } }).connect();
});

afterAll(async () => {
  client?.destroy();
  await server?.stop();
});

describe('commands that would break the reply order are refused on every path, before sending', () => {
  it('a raw SUBSCRIBE through a module definition is refused; the next command gets its own reply', async () => {
    const withModule = await createClient({
      socket: { host: server.host, port: server.port },
      modules: { raw: { sub: { parseCommand(parser, channel: string) { parser.push('SUBSCRIBE', channel); }, transformReply: undefined as unknown as () => unknown } } },
    }).connect();
    try {
      await expect(withModule.raw.sub('review:ch')).rejects.toBeInstanceOf(PubSubCommandError);
      expect(await withModule.sendCommand(['ECHO', 'mine'])).toBe('mine');
    } finally {
      withModule.destroy();
    }
  });

  it('MONITOR and CLIENT REPLY OFF|SKIP are refused; CLIENT REPLY ON is not', async () => {
    await expect(client.sendCommand(['MONITOR'])).rejects.toBeInstanceOf(ReplyOrderError);
    await expect(client.sendCommand(['client', 'reply', 'off'])).rejects.toBeInstanceOf(ReplyOrderError);
    await expect(client.sendCommand(['CLIENT', 'REPLY', 'SKIP'])).rejects.toBeInstanceOf(ReplyOrderError);
    expect(await client.sendCommand(['CLIENT', 'REPLY', 'ON'])).toBe('OK');
    expect(await client.sendCommand(['ECHO', 'after'])).toBe('after');
  });
});
