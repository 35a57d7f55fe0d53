import { getTransformReply, parseCommandArguments } from '@x/modules';
import BLPOP from './blpop';

describe('BLPOP', () => {
  it('records every key; the timeout follows', () => {
    expect('IS_READ_ONLY' in BLPOP).toBe(false);
    const parser = parseCommandArguments(BLPOP, ['a', 'b'], 0.5);
    expect(parser.redisArgs).toEqual(['BLPOP', 'a', 'b', '0.5']);
    expect(parser.keys).toEqual(['a', 'b']);
    expect(parseCommandArguments(BLPOP, 'a', 0).redisArgs).toEqual(['BLPOP', 'a', '0']);
  });

  it('turns [key, element] into { key, element }, and keeps null, in both protocols', () => {
    for (const resp of [2, 3] as const) {
      const transform = getTransformReply(BLPOP, resp)!;
      expect(transform(['a', 'x'])).toEqual({ key: 'a', element: 'x' });
      expect(transform(null)).toBeNull();
    }
  });
});
