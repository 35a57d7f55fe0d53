import diagnostics from 'node:diagnostics_channel';
import { startRedisServer, type RedisServer } from '@x/test-utils';
import { createClient, TRACING_CHANNELS, type RedisClientType } from '../src';

// node-redis 6's tracing channels, published by the client: a command, a transaction or pipeline,
// a connect — with the arguments redacted as node-redis does (AUTH, HELLO, MIGRATE's credentials
// never appear), and nothing at all published while nobody subscribes.
const PASSWORD = 'tracing-secret-pw';
let server: RedisServer;
let client: RedisClientType;

/** Every message of one tracing channel, by event, while subscribed. */
function record(name: string): { events: Array<[string, Record<string, unknown>]>; stop(): void } {
  const channel = diagnostics.tracingChannel<object, Record<string, unknown>>(name);
  const events: Array<[string, Record<string, unknown>]> = [];
  const handlers = {
    start: (m: Record<string, unknown>) => events.push(['start', { ...m }]),
    end: () => undefined,
    asyncStart: () => undefined,
    asyncEnd: (m: Record<string, unknown>) => events.push(['asyncEnd', { ...m }]),
    error: (m: Record<string, unknown>) => events.push(['error', { ...m }]),
  };
  channel.subscribe(handlers);
  return { events, stop: () => channel.unsubscribe(handlers) };
}

beforeAll(async () => {
  server = await startRedisServer({ password: PASSWORD });
});

afterAll(async () => {
  await client?.close();
  await server?.stop();
});

it('traces connect on node-redis:connect, with the server address and a node-redis client id', async () => {
  const connects = record(TRACING_CHANNELS.TRACE_CONNECT);
  client = createClient({ socket: { host: '127.0.0.1', port: server.port }, password: PASSWORD, database: 1 }) as RedisClientType;
  await client.connect();
  connects.stop();
  expect(connects.events.map(([event]) => event)).toEqual(['start', 'asyncEnd']);
  const context = connects.events[0]![1];
  expect(context).toMatchObject({ serverAddress: '127.0.0.1', serverPort: server.port });
  expect(context.clientId).toMatch(new RegExp(`^127\\.0\\.0\\.1:${server.port}/1-[0-9a-f]{8}$`));
});

it('traces each command on node-redis:command: start, then asyncEnd with the result', async () => {
  const commands = record(TRACING_CHANNELS.TRACE_COMMAND);
  await client.set('trace:k', 'a-value');
  expect(await client.get('trace:k')).toBe('a-value');
  await client.sendCommand(['DBSIZE']);
  commands.stop();
  const starts = commands.events.filter(([event]) => event === 'start').map(([, c]) => c);
  expect(starts.map((c) => c.args)).toEqual([['SET', 'trace:k', '?'], ['GET', 'trace:k'], ['DBSIZE']]);
  expect(starts[0]).toMatchObject({ command: 'SET', database: 1, serverAddress: '127.0.0.1', serverPort: server.port });
  const ends = commands.events.filter(([event]) => event === 'asyncEnd').map(([, c]) => c.result);
  expect(ends).toEqual(['OK', 'a-value', expect.any(Number)]);
});

it('a command after select(n) is traced with the database it runs in', async () => {
  const other = createClient({ socket: { host: '127.0.0.1', port: server.port }, password: PASSWORD, database: 1 }) as RedisClientType;
  await other.connect();
  try {
    await other.select(4);
    const commands = record(TRACING_CHANNELS.TRACE_COMMAND);
    await other.get('trace:db');
    commands.stop();
    const start = commands.events.find(([event]) => event === 'start')![1];
    expect(start).toMatchObject({ command: 'GET', database: 4 });
    expect(start.clientId).toMatch(new RegExp(`^127\\.0\\.0\\.1:${server.port}/4-`));
  } finally {
    await other.close();
  }
});

it('publishes a failed command on the error event with its error', async () => {
  const commands = record(TRACING_CHANNELS.TRACE_COMMAND);
  await client.set('trace:string', 'x');
  await expect(client.lPush('trace:string', 'y')).rejects.toThrow('WRONGTYPE');
  commands.stop();
  const errors = commands.events.filter(([event]) => event === 'error');
  expect(errors).toHaveLength(1);
  expect(errors[0]![1]).toMatchObject({ command: 'LPUSH', args: ['LPUSH', 'trace:string', '?'] });
  expect(String(errors[0]![1].error)).toContain('WRONGTYPE');
});

it('never shows the credentials of AUTH, HELLO or MIGRATE', async () => {
  const commands = record(TRACING_CHANNELS.TRACE_COMMAND);
  await client.sendCommand(['AUTH', PASSWORD]);
  await client.sendCommand(['HELLO', '3', 'AUTH', 'default', PASSWORD]);
  await client.sendCommand(['MIGRATE', '127.0.0.1', '1', '', '0', '10', 'AUTH2', 'default', PASSWORD, 'KEYS', 'none:1']).catch(() => undefined);
  commands.stop();
  expect(commands.events.filter(([event]) => event === 'start').map(([, c]) => c.command)).toEqual(['AUTH', 'HELLO', 'MIGRATE']);
  expect(JSON.stringify(commands.events.map(([, c]) => ({ ...c, result: undefined })))).not.toContain(PASSWORD);
});

it('traces a transaction as one node-redis:batch (MULTI), a pipeline as a batch plus one command each', async () => {
  const batches = record(TRACING_CHANNELS.TRACE_BATCH);
  const commands = record(TRACING_CHANNELS.TRACE_COMMAND);
  await client.multi().set('trace:m', '1').get('trace:m').exec();
  await client.multi().set('trace:p', '2').get('trace:p').execAsPipeline();
  batches.stop();
  commands.stop();
  const batchStarts = batches.events.filter(([event]) => event === 'start').map(([, c]) => c);
  expect(batchStarts).toEqual([
    expect.objectContaining({ batchMode: 'MULTI', batchSize: 2, database: 1, serverPort: server.port }),
    expect.objectContaining({ batchMode: 'PIPELINE', batchSize: 2 }),
  ]);
  expect(batches.events.filter(([event]) => event === 'asyncEnd').map(([, c]) => c.result)).toEqual([['OK', '1'], ['OK', '2']]);
  const piped = commands.events.filter(([event]) => event === 'asyncEnd').map(([, c]) => [c.args, c.batchMode, c.result]);
  expect(piped).toEqual([
    [['SET', 'trace:p', '?'], 'PIPELINE', 'OK'],
    [['GET', 'trace:p'], 'PIPELINE', '2'],
  ]);
});

it('does not enter the tracing path while nobody subscribes', async () => {
  // The `start` channel of node-redis:command is one object per name: every traced command runs
  // through its runStores. No subscriber, no call; one subscriber, one call per command.
  const start = diagnostics.channel(`tracing:${TRACING_CHANNELS.TRACE_COMMAND}:start`);
  const runStores = jest.spyOn(start, 'runStores');
  try {
    expect(diagnostics.tracingChannel(TRACING_CHANNELS.TRACE_COMMAND).hasSubscribers).toBe(false);
    await client.get('trace:k');
    await client.sendCommand(['PING']);
    expect(runStores).not.toHaveBeenCalled();
    const commands = record(TRACING_CHANNELS.TRACE_COMMAND);
    await client.get('trace:k');
    commands.stop();
    expect(runStores).toHaveBeenCalledTimes(1);
  } finally {
    runStores.mockRestore();
  }
});
