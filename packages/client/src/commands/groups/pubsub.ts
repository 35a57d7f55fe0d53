// The hand-tuned pubsub commands (group `pubsub` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import PUBLISH from '../publish';
import PUBSUB_CHANNELS from '../pubsub-channels';
import PUBSUB_NUMPAT from '../pubsub-numpat';
import PUBSUB_NUMSUB from '../pubsub-numsub';
import PUBSUB_SHARDCHANNELS from '../pubsub-shardchannels';
import PUBSUB_SHARDNUMSUB from '../pubsub-shardnumsub';
import SPUBLISH from '../spublish';

export const PUBSUB_COMMANDS = {
  PUBLISH: PUBLISH,
  PUBSUB_CHANNELS: PUBSUB_CHANNELS,
  PUBSUB_NUMPAT: PUBSUB_NUMPAT,
  PUBSUB_NUMSUB: PUBSUB_NUMSUB,
  PUBSUB_SHARDCHANNELS: PUBSUB_SHARDCHANNELS,
  PUBSUB_SHARDNUMSUB: PUBSUB_SHARDNUMSUB,
  SPUBLISH: SPUBLISH,
  pubSubChannels: PUBSUB_CHANNELS,
  pubSubNumPat: PUBSUB_NUMPAT,
  pubSubNumSub: PUBSUB_NUMSUB,
  pubSubShardChannels: PUBSUB_SHARDCHANNELS,
  pubSubShardNumSub: PUBSUB_SHARDNUMSUB,
  publish: PUBLISH,
  sPublish: SPUBLISH,
} as const;
