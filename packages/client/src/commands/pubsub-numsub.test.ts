import { getTransformReply, parseCommandArguments, RESP_TYPES } from '@x/modules';
import PUBSUB_NUMSUB from './pubsub-numsub';

describe('PUBSUB NUMSUB', () => {
  it('is keyless; no channel, one or many', () => {
    expect(PUBSUB_NUMSUB.NOT_KEYED_COMMAND).toBe(true);
    expect(parseCommandArguments(PUBSUB_NUMSUB).redisArgs).toEqual(['PUBSUB', 'NUMSUB']);
    expect(parseCommandArguments(PUBSUB_NUMSUB, 'a').redisArgs).toEqual(['PUBSUB', 'NUMSUB', 'a']);
    const parser = parseCommandArguments(PUBSUB_NUMSUB, ['a', 'b']);
    expect(parser.redisArgs).toEqual(['PUBSUB', 'NUMSUB', 'a', 'b']);
    expect(parser.keys).toEqual([]);
  });

  it('both protocols send a flat array; it becomes { channel: count }', () => {
    for (const resp of [2, 3] as const) {
      expect(getTransformReply(PUBSUB_NUMSUB, resp)!(['a', 1, 'b', 0])).toEqual({ a: 1, b: 0 });
    }
  });

  it('a plain object with number counts whatever the type mapping (node-redis\'s shape)', () => {
    const transform = PUBSUB_NUMSUB.transformReply as (reply: unknown, preserve?: unknown, mapping?: unknown) => unknown;
    expect(transform(['a', 1], undefined, { [RESP_TYPES.MAP]: Map })).toEqual({ a: 1 });
    expect(transform([Buffer.from('a'), '2'], undefined, { [RESP_TYPES.BLOB_STRING]: Buffer })).toEqual({ a: 2 });
  });
});
