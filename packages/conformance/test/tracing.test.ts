import diagnostics from 'node:diagnostics_channel';
import * as xClient from '@x/client';
import { sharedServer } from '@x/test-utils';
import * as nodeRedis from 'redis';

// node-redis 6's tracing channels: the same operations on node-redis and on x publish the same
// events with the same contexts (the client id's random part aside). Both publish on the same
// channel names in this process, so each side runs alone while recorded.
const server = sharedServer();
const url = `redis://127.0.0.1:${server.port}`;

type Side = 'node-redis' | 'x';
type Message = Record<string, unknown>;
interface Client {
  connect(): Promise<unknown>;
  destroy(): void;
  set(key: string, value: string): Promise<unknown>;
  get(key: string): Promise<unknown>;
  lPush(key: string, value: string): Promise<unknown>;
  sendCommand(args: string[]): Promise<unknown>;
  multi(): { set(key: string, value: string): { get(key: string): { exec(): Promise<unknown>; execAsPipeline(): Promise<unknown> } } };
  on(event: string, listener: (...args: unknown[]) => void): Client;
}

const CHANNELS = ['node-redis:command', 'node-redis:batch', 'node-redis:connect'] as const;

/** Every tracing event of the three channels while `run` runs, as `channel event` and the context (client id normalised). */
async function traced(run: () => Promise<unknown>): Promise<Array<[string, Message]>> {
  const events: Array<[string, Message]> = [];
  const unsubscribe: Array<() => void> = [];
  for (const name of CHANNELS) {
    const channel = diagnostics.tracingChannel<object, Message>(name);
    const on = (event: string) => (message: Message) => {
      const copy: Message = { ...message, clientId: String(message.clientId).replace(/-[0-9a-f]{8}$/, '-<hash>') };
      if (copy.error !== undefined) copy.error = (copy.error as Error).message.split(' ')[0];
      events.push([`${name} ${event}`, copy]);
    };
    const handlers = { start: on('start'), end: () => undefined, asyncStart: () => undefined, asyncEnd: on('asyncEnd'), error: on('error') };
    channel.subscribe(handlers);
    unsubscribe.push(() => channel.unsubscribe(handlers));
  }
  try {
    await run();
  } finally {
    for (const stop of unsubscribe) stop();
  }
  return events;
}

async function onEachSide(run: (client: Client) => Promise<unknown>): Promise<Record<Side, Array<[string, Message]>>> {
  const result = {} as Record<Side, Array<[string, Message]>>;
  for (const side of ['node-redis', 'x'] as Side[]) {
    const make: (options: object) => unknown = side === 'x' ? (xClient.createClient as (o: object) => unknown) : (nodeRedis.createClient as (o: object) => unknown);
    const client = make({ url }) as Client;
    client.on('error', () => undefined);
    try {
      result[side] = await traced(() => run(client));
    } finally {
      client.destroy();
    }
  }
  return result;
}

it('connect, commands and an error publish the same events and contexts', async () => {
  const events = await onEachSide(async (client) => {
    await client.connect();
    await client.set('cf:trace:k', 'secret-value');
    await client.get('cf:trace:k');
    await client.sendCommand(['AUTH', 'not-the-password']).catch(() => undefined);
    await client.lPush('cf:trace:k', 'x').catch(() => undefined);
  });
  expect(events.x.length).toBeGreaterThan(0);
  expect(events.x).toEqual(events['node-redis']);
});

it('a transaction and a pipeline publish the same batch and command events', async () => {
  const events = await onEachSide(async (client) => {
    await client.connect();
    await client.multi().set('cf:trace:m', '1').get('cf:trace:m').exec();
    await client.multi().set('cf:trace:p', '2').get('cf:trace:p').execAsPipeline();
  });
  const batches = (side: Side) => events[side].filter(([name]) => !name.startsWith('node-redis:connect'));
  expect(batches('x').length).toBeGreaterThan(0);
  expect(batches('x')).toEqual(batches('node-redis'));
});
