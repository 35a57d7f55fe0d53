import { getTransformReply, parseCommandArguments } from '@x/modules';
import TOUCH from './touch';

describe('TOUCH', () => {
  it('goes to the master and is never cached (as node-redis pins it), and records every key', () => {
    // COMMAND INFO flags it readonly, but on a replica it would bump only that replica's LRU/LFU data.
    expect(TOUCH.IS_READ_ONLY).toBe(false);
    expect(TOUCH.CACHEABLE).toBe(false);
    const parser = parseCommandArguments(TOUCH, ['a', 'b']);
    expect(parser.redisArgs).toEqual(['TOUCH', 'a', 'b']);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(TOUCH, 2)).toBeUndefined();
    expect(getTransformReply(TOUCH, 3)).toBeUndefined();
  });
});
