import { getTransformReply, parseCommandArguments } from '@x/modules';
import BRPOP from './brpop';

describe('BRPOP', () => {
  it('records every key; the timeout follows', () => {
    const parser = parseCommandArguments(BRPOP, ['a', 'b'], 1);
    expect(parser.redisArgs).toEqual(['BRPOP', 'a', 'b', '1']);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it('turns [key, element] into { key, element }, and keeps null, in both protocols', () => {
    for (const resp of [2, 3] as const) {
      const transform = getTransformReply(BRPOP, resp)!;
      expect(transform([Buffer.from('a'), Buffer.from('x')])).toEqual({ key: Buffer.from('a'), element: Buffer.from('x') });
      expect(transform(null)).toBeNull();
    }
  });
});
