import { getTransformReply, parseCommandArguments } from '@x/modules';
import { COMMANDS } from './index';

const MSETNX = COMMANDS.MSETNX;

describe('MSETNX', () => {
  it('is both mSetNX and MSETNX', () => {
    expect(COMMANDS.mSetNX).toBe(MSETNX);
  });

  // Issue 12: the generated MSETNX read each string of a flat array as a [key, value] pair and wrote
  // the keys "{" and "v" (on a cluster: CROSSSLOT for keys nobody asked for).
  it("takes node-redis's flat array: keys and values in turn", () => {
    const parser = parseCommandArguments(MSETNX, ['{k}1', 'v1', '{k}2', 'v2']);
    expect(parser.redisArgs).toEqual(['MSETNX', '{k}1', 'v1', '{k}2', 'v2']);
    expect(parser.keys).toEqual(['{k}1', '{k}2']);
  });

  it('takes [key, value] pairs and an object, like MSET', () => {
    expect(parseCommandArguments(MSETNX, [['{k}1', 'v1'], ['{k}2', 'v2']]).redisArgs).toEqual(['MSETNX', '{k}1', 'v1', '{k}2', 'v2']);
    const parser = parseCommandArguments(MSETNX, { '{k}1': 'v1', '{k}2': Buffer.from('v2') });
    expect(parser.redisArgs).toEqual(['MSETNX', '{k}1', 'v1', '{k}2', Buffer.from('v2')]);
    expect(parser.keys).toEqual(['{k}1', '{k}2']);
  });

  it('refuses a shape it would have to guess at, before anything is sent', () => {
    expect(() => parseCommandArguments(MSETNX, [])).toThrow(TypeError);
    expect(() => parseCommandArguments(MSETNX, ['{k}1', 'v1', '{k}2'])).toThrow(/MSETNX a flat array of keys and values must be of even length/);
    expect(() => parseCommandArguments(MSETNX, [['{k}1', 'v1'], '{k}2'] as never)).toThrow(/MSETNX pair 1 must be a \[key, value\] array/);
    expect(() => parseCommandArguments(MSETNX, [['{k}1', 'v1', 'extra']] as never)).toThrow(TypeError);
    expect(() => parseCommandArguments(MSETNX, { k: undefined } as never)).toThrow(/MSETNX the value of "k" must be a string or a Buffer, got undefined/);
    expect(() => parseCommandArguments(MSETNX, 'k' as never)).toThrow(TypeError);
  });

  it('is never split across slots (all or nothing) and resolves 1 or 0 as decoded', () => {
    expect(MSETNX.REQUEST_POLICY).toBe('multi_shard');
    expect(getTransformReply(MSETNX, 2)).toBeUndefined();
    expect(getTransformReply(MSETNX, 3)).toBeUndefined();
  });
});
