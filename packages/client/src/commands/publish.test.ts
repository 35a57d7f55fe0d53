import { getTransformReply, parseCommandArguments } from '@x/modules';
import PUBLISH from './publish';

describe('PUBLISH', () => {
  it('is keyless', () => {
    expect(PUBLISH.NOT_KEYED_COMMAND).toBe(true);
    expect('IS_READ_ONLY' in PUBLISH).toBe(false);
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
