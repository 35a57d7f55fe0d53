import type { ChannelListeners, PubSubListener } from '@x/client';
import { WaitingListeners } from './pub-sub-listeners';

const s1: PubSubListener<false> = () => undefined;
const s2: PubSubListener<false> = () => undefined;
const b1: PubSubListener<true> = () => undefined;

function listeners(strings: Array<PubSubListener<false>>, buffers: Array<PubSubListener<true>> = []): ChannelListeners {
  return { strings: new Set(strings), buffers: new Set(buffers) };
}

describe('WaitingListeners', () => {
  it('merges listeners of the same channel and keeps types apart', () => {
    const waiting = new WaitingListeners();
    waiting.add('SHARDED', new Map([['a', listeners([s1])]]));
    waiting.add('SHARDED', new Map([['a', listeners([s2], [b1])]]));
    waiting.add('CHANNELS', new Map([['a', listeners([s1])]]));
    expect(waiting.size).toBe(2);
    const a = waiting.snapshot('SHARDED').get('a')!;
    expect([...a.strings]).toEqual([s1, s2]);
    expect([...a.buffers]).toEqual([b1]);
    expect(waiting.has('PATTERNS')).toBe(false);
  });

  it('snapshots are copies: a later add or remove does not change what a move is subscribing', () => {
    const waiting = new WaitingListeners();
    const given = listeners([s1]);
    waiting.add('CHANNELS', new Map([['a', given]]));
    given.strings.add(s2); // the client's own set, changed later: not ours
    const snapshot = waiting.snapshot('CHANNELS');
    waiting.remove('CHANNELS', ['a'], undefined, false);
    expect([...snapshot.get('a')!.strings]).toEqual([s1]);
    expect(waiting.size).toBe(0);
  });

  it('settle forgets only what was placed; what was added meanwhile still waits', () => {
    const waiting = new WaitingListeners();
    waiting.add('SHARDED', new Map([['a', listeners([s1])], ['b', listeners([s1])]]));
    const placed = waiting.snapshot('SHARDED', ['a']);
    waiting.add('SHARDED', new Map([['a', listeners([s2])]]));
    waiting.settle('SHARDED', placed);
    expect([...waiting.snapshot('SHARDED').keys()]).toEqual(['a', 'b']);
    expect([...waiting.snapshot('SHARDED').get('a')!.strings]).toEqual([s2]);
  });

  it('remove follows unsubscribe: all channels, all listeners of some, or one listener in one form', () => {
    const waiting = new WaitingListeners();
    waiting.add('CHANNELS', new Map([['a', listeners([s1, s2], [b1])], ['b', listeners([s1])], ['c', listeners([s1])]]));
    waiting.remove('CHANNELS', ['a'], s1, false);
    expect([...waiting.snapshot('CHANNELS').get('a')!.strings]).toEqual([s2]);
    waiting.remove('CHANNELS', [Buffer.from('a')], b1, true);
    expect(waiting.snapshot('CHANNELS').get('a')!.buffers.size).toBe(0);
    waiting.remove('CHANNELS', ['a'], s2, false);
    expect(waiting.snapshot('CHANNELS').has('a')).toBe(false); // its last listener went
    waiting.remove('CHANNELS', ['b'], undefined, false);
    expect([...waiting.snapshot('CHANNELS').keys()]).toEqual(['c']);
    waiting.remove('CHANNELS', undefined, undefined, false);
    expect(waiting.size).toBe(0);
  });
});
