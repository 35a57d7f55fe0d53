import { getTransformReply, parseCommandArguments } from '@x/modules';
import MEMORY_USAGE from './memory-usage';

describe('MEMORY USAGE', () => {
  it('is read-only; records the key', () => {
    expect(MEMORY_USAGE.IS_READ_ONLY).toBe(true);
    const parser = parseCommandArguments(MEMORY_USAGE, 'k');
    expect(parser.redisArgs).toEqual(['MEMORY', 'USAGE', 'k']);
    expect(parser.keys).toEqual(['k']);
    expect(parser.firstKey).toBe('k');
  });

  it('SAMPLES', () => {
    expect(parseCommandArguments(MEMORY_USAGE, 'k', { SAMPLES: 0 }).redisArgs).toEqual(['MEMORY', 'USAGE', 'k', 'SAMPLES', '0']);
  });

  it('resolves with the bytes or null as decoded', () => {
    expect(getTransformReply(MEMORY_USAGE, 2)).toBeUndefined();
    expect(getTransformReply(MEMORY_USAGE, 3)).toBeUndefined();
  });
});
