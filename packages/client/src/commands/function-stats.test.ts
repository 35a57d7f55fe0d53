import { getTransformReply } from '@x/modules';
import FUNCTION_STATS from './function-stats';

describe('FUNCTION STATS', () => {
  const transform = getTransformReply(FUNCTION_STATS, 2)!;

  it('shapes RESP2 as node-redis does, with no script running', () => {
    expect(transform(['running_script', null, 'engines', ['LUA', ['libraries_count', 2, 'functions_count', 3]]])).toEqual({
      running_script: null,
      engines: { LUA: { libraries_count: 2, functions_count: 3 } },
    });
  });

  it('with a script running, and engine names given as Buffers', () => {
    expect(
      transform([
        'running_script', ['name', 'f1', 'command', ['fcall', 'f1', '0'], 'duration_ms', 12],
        'engines', [Buffer.from('LUA'), ['libraries_count', 1, 'functions_count', 1]],
      ]),
    ).toEqual({
      running_script: { name: 'f1', command: ['fcall', 'f1', '0'], duration_ms: 12 },
      engines: { LUA: { libraries_count: 1, functions_count: 1 } },
    });
  });

  it("keeps RESP3's map as decoded; one master answers on a cluster", () => {
    expect(getTransformReply(FUNCTION_STATS, 3)).toBeUndefined();
    expect(FUNCTION_STATS.RESPONSE_POLICY).toBe('special');
  });
});
