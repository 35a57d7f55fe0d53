import { getTransformReply, parseCommandArguments } from '@x/modules';
import PUBSUB_CHANNELS from './pubsub-channels';

describe('PUBSUB CHANNELS', () => {
  it('is keyless', () => {
    expect(PUBSUB_CHANNELS.NOT_KEYED_COMMAND).toBe(true);
    expect(PUBSUB_CHANNELS.IS_READ_ONLY).toBe(true); // replica-safe, as node-redis routes it
    expect(parseCommandArguments(PUBSUB_CHANNELS).keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(PUBSUB_CHANNELS).redisArgs).toEqual(['PUBSUB', 'CHANNELS']);
    expect(parseCommandArguments(PUBSUB_CHANNELS, 'news.*').redisArgs).toEqual(['PUBSUB', 'CHANNELS', 'news.*']);
  });

  it('resolves with the channel names as decoded', () => {
    expect(getTransformReply(PUBSUB_CHANNELS, 2)).toBeUndefined();
    expect(getTransformReply(PUBSUB_CHANNELS, 3)).toBeUndefined();
  });
});
