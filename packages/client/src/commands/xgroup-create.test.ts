import { getTransformReply, parseCommandArguments } from '@x/modules';
import XGROUP_CREATE from './xgroup-create';

describe('XGROUP CREATE', () => {
  it('sends XGROUP CREATE key group id; the stream is the key', () => {
    const parser = parseCommandArguments(XGROUP_CREATE, 's', 'g', '$');
    expect(parser.redisArgs).toEqual(['XGROUP', 'CREATE', 's', 'g', '$']);
    expect(parser.keys).toEqual(['s']);
    expect('IS_READ_ONLY' in XGROUP_CREATE).toBe(false);
  });

  it('MKSTREAM and ENTRIESREAD', () => {
    expect(parseCommandArguments(XGROUP_CREATE, 's', 'g', '0', { MKSTREAM: true, ENTRIESREAD: 3 }).redisArgs).toEqual([
      'XGROUP', 'CREATE', 's', 'g', '0', 'MKSTREAM', 'ENTRIESREAD', '3',
    ]);
  });

  it('resolves with OK as decoded', () => {
    expect(getTransformReply(XGROUP_CREATE, 2)).toBeUndefined();
    expect(getTransformReply(XGROUP_CREATE, 3)).toBeUndefined();
  });
});
