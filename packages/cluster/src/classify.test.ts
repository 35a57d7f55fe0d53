import {
  AbortError,
  ClientClosedError,
  ClientOfflineError,
  CommandsQueueFullError,
  ConnectionLostError,
  ConnectionTimeoutError,
  DisconnectsClientError,
  MultiErrorReply,
  PubSubCommandError,
  ReplyOrderError,
  SubscriberModeError,
  TimeoutError,
  WatchError,
} from '@x/client';
import { ReplyError } from '@x/resp';
import { classify } from './classify';
import { NoOnlineNodeError, ShardUnavailableError, SlotUncoveredError } from './errors';

const FAIL = { action: 'fail' };
const WAIT = { action: 'wait', refresh: false, unreachable: false };
const REFRESH_AND_WAIT = { action: 'wait', refresh: true, unreachable: false };
const UNREACHABLE = { action: 'wait', refresh: true, unreachable: true };

function socketError(code: string): Error {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code });
}

describe('classify: the attempt engine\'s decision table', () => {
  it('follows MOVED and ASK with the parsed redirect', () => {
    expect(classify(new ReplyError('MOVED 7 127.0.0.1:7001'), false)).toEqual({ action: 'moved', redirect: { kind: 'moved', slot: 7, host: '127.0.0.1', port: 7001 } });
    expect(classify(new ReplyError('ASK 7 127.0.0.1:7001'), true)).toEqual({ action: 'ask', redirect: { kind: 'ask', slot: 7, host: '127.0.0.1', port: 7001 } });
  });

  it('fails a malformed MOVED/ASK rather than follow it', () => {
    expect(classify(new ReplyError('MOVED 99999 127.0.0.1:7001'), true)).toEqual(FAIL);
    expect(classify(new ReplyError('ASK x'), true)).toEqual(FAIL);
  });

  it('waits out TRYAGAIN (a migration in progress) without a refresh', () => {
    expect(classify(new ReplyError('TRYAGAIN Multiple keys request during rehashing of slot'), false)).toEqual(WAIT);
  });

  it('refreshes and waits on LOADING and READONLY (a write that reached a replica after a failover)', () => {
    expect(classify(new ReplyError('LOADING Redis is loading the dataset in memory'), false)).toEqual(REFRESH_AND_WAIT);
    expect(classify(new ReplyError("READONLY You can't write against a read only replica."), false)).toEqual(REFRESH_AND_WAIT);
  });

  it('refreshes and waits on UNBLOCKED (a blocking command let go unserved: its master became a replica)', () => {
    const unblocked = new ReplyError('UNBLOCKED force unblock from blocking operation, instance state changed (master -> replica?)');
    expect(classify(unblocked, false)).toEqual(REFRESH_AND_WAIT);
  });

  it('takes CLUSTERDOWN and MASTERDOWN as a shard without a master', () => {
    expect(classify(new ReplyError('CLUSTERDOWN The cluster is down'), true)).toEqual(UNREACHABLE);
    expect(classify(new ReplyError('MASTERDOWN Link with MASTER is down'), true)).toEqual(UNREACHABLE);
  });

  it('fails every other error reply (WRONGTYPE, NOSCRIPT, ERR, a module\'s own)', () => {
    for (const message of ['WRONGTYPE Operation against a key holding the wrong kind of value', 'NOSCRIPT No matching script', 'ERR unknown command', 'Unknown Index name']) {
      expect(classify(new ReplyError(message), true)).toEqual(FAIL);
    }
    expect(classify(new MultiErrorReply([], []), true)).toEqual(FAIL);
  });

  it('fails what the client refused before sending: it can never succeed as it is', () => {
    for (const error of [new ReplyOrderError('MONITOR'), new PubSubCommandError('SUBSCRIBE'), new SubscriberModeError('GET'), new CommandsQueueFullError(10)]) {
      expect(error.sent).toBe(false);
      expect(classify(error, true)).toEqual(FAIL);
    }
  });

  it('fails at the deadline and on an abort, sent or not', () => {
    expect(classify(new TimeoutError(100, false), true)).toEqual(FAIL);
    expect(classify(TimeoutError.of(100, true), true)).toEqual(FAIL);
    expect(classify(new AbortError(false), true)).toEqual(FAIL);
    expect(classify(AbortError.of(true), true)).toEqual(FAIL);
  });

  it('takes a command that was not sent as a node that did not take it: wait for another (reads and writes alike)', () => {
    for (const isReadonly of [true, false]) {
      expect(classify(new ClientOfflineError('127.0.0.1:1'), isReadonly)).toEqual(UNREACHABLE);
      expect(classify(new ClientClosedError(), isReadonly)).toEqual(UNREACHABLE);
      expect(classify(new DisconnectsClientError(false), isReadonly)).toEqual(UNREACHABLE);
    }
  });

  it('retries a read that was sent and lost with its connection; never a write (it may have run)', () => {
    expect(classify(new ConnectionLostError('127.0.0.1:1'), true)).toEqual(UNREACHABLE);
    expect(classify(new ConnectionLostError('127.0.0.1:1'), false)).toEqual(FAIL);
    expect(classify(new DisconnectsClientError(true), false)).toEqual(FAIL);
    expect(classify(new ClientClosedError('gone', { sent: true }), true)).toEqual(UNREACHABLE);
  });

  it('waits for a slot without a master and for a cluster without an online node', () => {
    expect(classify(new SlotUncoveredError(5), false)).toEqual(UNREACHABLE);
    expect(classify(new ShardUnavailableError(5, '127.0.0.1:1', new ClientOfflineError('127.0.0.1:1')), false)).toEqual(UNREACHABLE);
    expect(classify(new NoOnlineNodeError('to send the command to'), false)).toEqual(UNREACHABLE);
  });

  it('takes a connection that could not be made as an unreachable node', () => {
    expect(classify(new ConnectionTimeoutError('127.0.0.1:1', 100), false)).toEqual(UNREACHABLE);
    for (const code of ['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE']) expect(classify(socketError(code), false)).toEqual(UNREACHABLE);
  });

  it('fails anything else: a bad argument, a WatchError, an unknown error, a non-error', () => {
    expect(classify(new TypeError('Invalid command argument 1 of GET: undefined'), true)).toEqual(FAIL);
    expect(classify(new WatchError(), false)).toEqual(FAIL);
    expect(classify(socketError('EACCES'), true)).toEqual(FAIL);
    expect(classify('not an error', true)).toEqual(FAIL);
    expect(classify(undefined, true)).toEqual(FAIL);
  });
});

describe('classify: a node that refuses the credentials', () => {
  it.each(['WRONGPASS invalid username-password pair or user is disabled.', 'NOAUTH Authentication required.'])(
    'a command not sent because reconnecting got %s fails with that reply error, not a wait',
    (message) => {
      const auth = new ReplyError(message);
      expect(classify(new ClientOfflineError('127.0.0.1:1', auth), false)).toEqual({ action: 'fail', error: auth });
    },
  );

  it('a command not sent because reconnecting was refused by the network still waits', () => {
    expect(classify(new ClientOfflineError('127.0.0.1:1', socketError('ECONNREFUSED')), false)).toEqual(UNREACHABLE);
    expect(classify(new ClientOfflineError('127.0.0.1:1'), false)).toEqual(UNREACHABLE);
  });
});
