import CLIENT_INFO, { parseClientInfo } from './client-info';
import CLIENT_LIST from './client-list';

const LINE =
  'id=5 addr=127.0.0.1:51262 laddr=127.0.0.1:6379 fd=9 name=x age=2 idle=0 flags=N db=3 sub=1 psub=2 ssub=3 multi=-1 watch=1 qbuf=26 qbuf-free=20448 argv-mem=10 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=0 omem=0 tot-mem=22298 events=r cmd=client|info user=default redir=-1 resp=3 lib-name=node-redis lib-ver=6.4.0';

describe('CLIENT INFO / CLIENT LIST', () => {
  it('reads a line into an object, numbers as numbers, node-redis field names', () => {
    expect(parseClientInfo(LINE)).toEqual({
      id: 5, addr: '127.0.0.1:51262', laddr: '127.0.0.1:6379', fd: 9, name: 'x', age: 2, idle: 0, flags: 'N', db: 3, sub: 1, psub: 2,
      ssub: 3, multi: -1, watch: 1, qbuf: 26, qbufFree: 20448, argvMem: 10, multiMem: 0, rbs: 1024, rbp: 0, obl: 0, oll: 0, omem: 0,
      totMem: 22298, events: 'r', cmd: 'client|info', user: 'default', redir: -1, resp: 3, libName: 'node-redis', libVer: '6.4.0',
    });
  });

  it('leaves out the fields an older server does not send; reads a Buffer', () => {
    const old = parseClientInfo(Buffer.from('id=3 addr=a:1 fd=8 name= age=0 idle=0 flags=N db=0 sub=0 psub=0 multi=-1 qbuf=0 qbuf-free=0 obl=0 oll=0 omem=0 events=r cmd=client user=default\n'));
    expect(old.name).toBe('');
    expect('laddr' in old || 'resp' in old || 'ssub' in old).toBe(false);
    expect(CLIENT_INFO.transformReply(LINE).id).toBe(5);
  });

  it('CLIENT LIST: one object per line', () => {
    expect(CLIENT_LIST.transformReply(`${LINE}\n${LINE.replace('id=5', 'id=6')}\n`).map((c) => c.id)).toEqual([5, 6]);
    expect(CLIENT_LIST.transformReply('')).toEqual([]);
  });
});
