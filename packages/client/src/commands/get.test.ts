import { getTransformReply, parseCommandArguments } from '@x/modules';
import GET from './get';

describe('GET', () => {
  it('is read-only', () => {
    expect(GET.IS_READ_ONLY).toBe(true);
  });

  it('sends GET key and records the key', () => {
    const parser = parseCommandArguments(GET, 'key');
    expect(parser.redisArgs).toEqual(['GET', 'key']);
    expect(parser.keys).toEqual(['key']);
  });

  it('accepts a Buffer key', () => {
    const parser = parseCommandArguments(GET, Buffer.from('k'));
    expect(parser.redisArgs).toEqual(['GET', Buffer.from('k')]);
    expect(parser.keys).toEqual([Buffer.from('k')]);
  });

  it('resolves with the value or null as decoded, in RESP2 and RESP3', () => {
    expect(getTransformReply(GET, 2)).toBeUndefined();
    expect(getTransformReply(GET, 3)).toBeUndefined();
  });
});
