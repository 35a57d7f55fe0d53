import { getTransformReply, parseCommandArguments } from '@x/modules';
import EVAL_RO from './eval-ro';

describe('EVAL_RO', () => {
  it('is read-only; { keys, arguments }', () => {
    expect(EVAL_RO.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(EVAL_RO, 'return 1', { keys: ['k'], arguments: ['a'] });
    expect(parser.redisArgs).toEqual(['EVAL_RO', 'return 1', '1', 'k', 'a']);
    expect(parser.keys).toEqual(['k']);
  });

  it('resolves with whatever the script returned', () => {
    expect(getTransformReply(EVAL_RO, 2)).toBeUndefined();
    expect(getTransformReply(EVAL_RO, 3)).toBeUndefined();
  });
});
