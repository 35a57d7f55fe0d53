import { getTransformReply, parseCommandArguments } from '@x/modules';
import XACK from './xack';

describe('XACK', () => {
  it('sends XACK key group id …; the stream is the key', () => {
    const parser = parseCommandArguments(XACK, 's', 'g', ['1-1', '1-2']);
    expect(parser.redisArgs).toEqual(['XACK', 's', 'g', '1-1', '1-2']);
    expect(parser.keys).toEqual(['s']);
    expect(parseCommandArguments(XACK, 's', 'g', '1-1').redisArgs).toEqual(['XACK', 's', 'g', '1-1']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(XACK, 2)).toBeUndefined();
    expect(getTransformReply(XACK, 3)).toBeUndefined();
  });
});
