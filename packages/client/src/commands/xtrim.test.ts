import { getTransformReply, parseCommandArguments } from '@x/modules';
import XTRIM from './xtrim';

describe('XTRIM', () => {
  it('MAXLEN n', () => {
    const parser = parseCommandArguments(XTRIM, 's', 'MAXLEN', 100);
    expect(parser.redisArgs).toEqual(['XTRIM', 's', 'MAXLEN', '100']);
    expect(parser.keys).toEqual(['s']);
  });

  it('MAXLEN ~ n LIMIT m, and MINID = id', () => {
    expect(parseCommandArguments(XTRIM, 's', 'MAXLEN', 100, { strategyModifier: '~', LIMIT: 10 }).redisArgs).toEqual([
      'XTRIM', 's', 'MAXLEN', '~', '100', 'LIMIT', '10',
    ]);
    expect(parseCommandArguments(XTRIM, 's', 'MINID', '1-0', { strategyModifier: '=' }).redisArgs).toEqual([
      'XTRIM', 's', 'MINID', '=', '1-0',
    ]);
  });

  it('resolves with the count as decoded', () => {
    expect(getTransformReply(XTRIM, 2)).toBeUndefined();
    expect(getTransformReply(XTRIM, 3)).toBeUndefined();
  });
});
