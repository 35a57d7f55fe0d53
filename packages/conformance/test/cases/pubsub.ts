import type { Case } from '../support/cases';
import { sorted } from '../support/reply-shape';

/** node-redis's pub/sub commands (its `COMMANDS` of Redis's `pubsub` group), upper-case. */
export const PUBSUB_COMMAND_NAMES = [
  'PUBLISH', 'PUBSUB_CHANNELS', 'PUBSUB_NUMPAT', 'PUBSUB_NUMSUB', 'PUBSUB_SHARDCHANNELS', 'PUBSUB_SHARDNUMSUB', 'SPUBLISH',
] as const;

/** What the test file's subscriber listens to on the standalone server (see pubsub.test.ts). */
export const SUBSCRIBED = { channel: 'cmdd-ch', pattern: 'cmdd-p*', shardChannel: '{c}cmdd-s' } as const;

/** Cases that count the subscriber: on the standalone server, where it is (a cluster counts per node). */
const withSubscriber = { targets: ['client'] } as const;

export const pubSubCases: Case[] = [
  { method: 'publish', args: ['cmdd-nobody', 'message'] },
  { method: 'PUBLISH', args: [SUBSCRIBED.channel, 'message'], ...withSubscriber },
  { method: 'publish', name: 'to the pattern subscriber', args: ['cmdd-p1', 'message'], ...withSubscriber },
  { method: 'pubSubChannels', args: [], normalize: sorted },
  { method: 'PUBSUB_CHANNELS', args: ['cmdd-*'], ...withSubscriber },
  { method: 'pubSubChannels', name: 'a pattern nobody matches', args: ['cmdd-nobody*'] },
  { method: 'pubSubNumPat', args: [] },
  { method: 'PUBSUB_NUMPAT', args: [] },
  { method: 'pubSubNumSub', args: [] },
  { method: 'PUBSUB_NUMSUB', args: [[SUBSCRIBED.channel, 'cmdd-nobody']], ...withSubscriber },
  { method: 'pubSubNumSub', name: 'one channel', args: ['cmdd-nobody'] },
  { method: 'pubSubShardChannels', args: [], normalize: sorted },
  { method: 'PUBSUB_SHARDCHANNELS', args: ['{c}cmdd-*'], ...withSubscriber },
  { method: 'pubSubShardNumSub', args: [] },
  { method: 'PUBSUB_SHARDNUMSUB', args: [[SUBSCRIBED.shardChannel, '{c}cmdd-nobody']], ...withSubscriber },
  { method: 'pubSubShardNumSub', name: 'one channel', args: ['{c}cmdd-nobody'] },
  { method: 'sPublish', args: ['{c}cmdd-nobody', 'message'] },
  { method: 'SPUBLISH', args: [SUBSCRIBED.shardChannel, 'message'], ...withSubscriber },
  {
    method: 'pubSubNumSub',
    name: 'counts (sample replies)',
    args: [['a', 'b']],
    unitOnly: { reason: 'transform on fixed counts', replies: { 2: () => ['a', 2, 'b', 0], 3: () => ['a', 2, 'b', 0] } },
  },
  {
    method: 'pubSubShardNumSub',
    name: 'counts (sample replies)',
    args: [['a', 'b']],
    unitOnly: { reason: 'transform on fixed counts', replies: { 2: () => ['a', 1, 'b', 0], 3: () => [Buffer.from('a'), 1, Buffer.from('b'), 0] } },
  },

  // ---- in a transaction ----
  {
    method: 'multi',
    name: 'PUBSUB NUMSUB, PUBSUB SHARDNUMSUB',
    args: [],
    multi: [
      { method: 'pubSubNumSub', args: [[SUBSCRIBED.channel]] },
      { method: 'pubSubShardNumSub', args: [[SUBSCRIBED.shardChannel]] },
    ],
    ...withSubscriber,
  },
];
