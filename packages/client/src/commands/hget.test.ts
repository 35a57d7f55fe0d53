import { getTransformReply, parseCommandArguments } from '@x/modules';
import HGET from './hget';

describe('HGET', () => {
  it('is read-only; the field is not a key', () => {
    expect(HGET.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(HGET, 'h', 'field');
    expect(parser.redisArgs).toEqual(['HGET', 'h', 'field']);
    expect(parser.keys).toEqual(['h']);
  });

  it('resolves with the value or null as decoded', () => {
    expect(getTransformReply(HGET, 2)).toBeUndefined();
    expect(getTransformReply(HGET, 3)).toBeUndefined();
  });
});
