import { getTransformReply, parseCommandArguments } from '@x/modules';
import DEL from './del';

describe('DEL', () => {
  it('writes; one key', () => {
    expect('IS_READ_ONLY' in DEL).toBe(false);
    const parser = parseCommandArguments(DEL, 'a');
    expect(parser.redisArgs).toEqual(['DEL', 'a']);
    expect(parser.keys).toEqual(['a']);
  });

  it('records every key', () => {
    const parser = parseCommandArguments(DEL, ['a', 'b']);
    expect(parser.redisArgs).toEqual(['DEL', 'a', 'b']);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(DEL, 2)).toBeUndefined();
    expect(getTransformReply(DEL, 3)).toBeUndefined();
  });
});
