import { getTransformReply, parseCommandArguments } from '@x/modules';
import PUBLISH from './publish';

describe('PUBLISH', () => {
  it('is keyless', () => {
    expect(PUBLISH.NOT_KEYED_COMMAND).toBe(true);
    expect(PUBLISH.IS_READ_ONLY).toBe(true); // replica-safe, as node-redis routes it
    expect(PUBLISH.IS_FORWARD_COMMAND).toBe(true);
    expect(parseCommandArguments(PUBLISH, 'news', 'hello').keys).toEqual([]);
  });

  it('parses its arguments', () => {
    expect(parseCommandArguments(PUBLISH, 'news', 'hello').redisArgs).toEqual(['PUBLISH', 'news', 'hello']);
  });

  it('resolves with the receiver count as decoded', () => {
    expect(getTransformReply(PUBLISH, 2)).toBeUndefined();
    expect(getTransformReply(PUBLISH, 3)).toBeUndefined();
  });
});
