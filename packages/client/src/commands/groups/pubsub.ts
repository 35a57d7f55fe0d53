// The hand-tuned pubsub commands (group `pubsub` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import PUBLISH from '../publish';
import PUBSUB_CHANNELS from '../pubsub-channels';
import PUBSUB_NUMSUB from '../pubsub-numsub';
import SPUBLISH from '../spublish';

export const PUBSUB_COMMANDS = {
  PUBLISH,
  PUBSUB_CHANNELS,
  PUBSUB_NUMSUB,
  SPUBLISH,
  publish: PUBLISH,
  pubSubChannels: PUBSUB_CHANNELS,
  pubSubNumSub: PUBSUB_NUMSUB,
  sPublish: SPUBLISH,
} as const;
