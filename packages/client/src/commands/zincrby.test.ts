import { getTransformReply, parseCommandArguments } from '@x/modules';
import ZINCRBY from './zincrby';

describe('ZINCRBY', () => {
  it('sends ZINCRBY key increment member', () => {
    const parser = parseCommandArguments(ZINCRBY, 'z', 1.5, 'm');
    expect(parser.redisArgs).toEqual(['ZINCRBY', 'z', '1.5', 'm']);
    expect(parser.keys).toEqual(['z']);
    expect('IS_READ_ONLY' in ZINCRBY).toBe(false);
    expect(parseCommandArguments(ZINCRBY, 'z', -Infinity, 'm').redisArgs).toEqual(['ZINCRBY', 'z', '-inf', 'm']);
  });

  it('RESP2: the new score (string or Buffer) becomes a number', () => {
    expect(ZINCRBY.transformReply[2]('2.5')).toBe(2.5);
    expect(ZINCRBY.transformReply[2](Buffer.from('7'))).toBe(7);
  });

  it('RESP3: the double is already a number', () => {
    expect(getTransformReply(ZINCRBY, 3)).toBeUndefined();
  });
});
