import { sharedServer } from '@x/test-utils';
import { describeCases } from './support/cases';
import { describeGroupCoverage } from './support/group-coverage';
import { oracle } from './support/oracle';
import { PUBSUB_COMMAND_NAMES, pubSubCases, SUBSCRIBED } from './cases/pubsub';

// A subscriber on the standalone server (a node-redis client: the harness never uses the client under
// test for its fixtures), so PUBLISH, NUMSUB and friends count someone.
let subscriber: { close(): Promise<unknown> } | undefined;

beforeAll(async () => {
  const client = oracle.redis.createClient({ url: `redis://127.0.0.1:${sharedServer().port}` }).on('error', () => undefined);
  await client.connect();
  await client.subscribe(SUBSCRIBED.channel, () => undefined);
  await client.pSubscribe(SUBSCRIBED.pattern, () => undefined);
  await client.sSubscribe(SUBSCRIBED.shardChannel, () => undefined);
  subscriber = client;
});

afterAll(async () => {
  await subscriber?.close();
});

describeGroupCoverage('pubsub', PUBSUB_COMMAND_NAMES, pubSubCases);
describeCases('pubsub', pubSubCases);
