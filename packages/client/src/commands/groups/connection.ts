// The hand-tuned connection commands (group `connection` of COMMAND DOCS), under node-redis's spellings and
// x's (`CLIENT_NO-EVICT` is node-redis's, `CLIENT_NO_EVICT` x's).
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import AUTH from '../auth';
import CLIENT_CACHING from '../client-caching';
import CLIENT_GETNAME from '../client-getname';
import CLIENT_GETREDIR from '../client-getredir';
import CLIENT_ID from '../client-id';
import CLIENT_INFO from '../client-info';
import CLIENT_KILL from '../client-kill';
import CLIENT_LIST from '../client-list';
import CLIENT_NO_EVICT from '../client-no-evict';
import CLIENT_NO_TOUCH from '../client-no-touch';
import CLIENT_PAUSE from '../client-pause';
import CLIENT_SETNAME from '../client-setname';
import CLIENT_TRACKING from '../client-tracking';
import CLIENT_TRACKINGINFO from '../client-trackinginfo';
import CLIENT_UNBLOCK from '../client-unblock';
import CLIENT_UNPAUSE from '../client-unpause';
import ECHO from '../echo';
import HELLO from '../hello';
import PING from '../ping';
import SELECT from '../select';

export const CONNECTION_COMMANDS = {
  AUTH: AUTH,
  CLIENT_CACHING: CLIENT_CACHING,
  CLIENT_GETNAME: CLIENT_GETNAME,
  CLIENT_GETREDIR: CLIENT_GETREDIR,
  CLIENT_ID: CLIENT_ID,
  CLIENT_INFO: CLIENT_INFO,
  CLIENT_KILL: CLIENT_KILL,
  CLIENT_LIST: CLIENT_LIST,
  'CLIENT_NO-EVICT': CLIENT_NO_EVICT,
  'CLIENT_NO-TOUCH': CLIENT_NO_TOUCH,
  CLIENT_NO_EVICT: CLIENT_NO_EVICT,
  CLIENT_NO_TOUCH: CLIENT_NO_TOUCH,
  CLIENT_PAUSE: CLIENT_PAUSE,
  CLIENT_SETNAME: CLIENT_SETNAME,
  CLIENT_TRACKING: CLIENT_TRACKING,
  CLIENT_TRACKINGINFO: CLIENT_TRACKINGINFO,
  CLIENT_UNBLOCK: CLIENT_UNBLOCK,
  CLIENT_UNPAUSE: CLIENT_UNPAUSE,
  ECHO: ECHO,
  HELLO: HELLO,
  PING: PING,
  SELECT: SELECT,
  auth: AUTH,
  clientCaching: CLIENT_CACHING,
  clientGetName: CLIENT_GETNAME,
  clientGetRedir: CLIENT_GETREDIR,
  clientId: CLIENT_ID,
  clientInfo: CLIENT_INFO,
  clientKill: CLIENT_KILL,
  clientList: CLIENT_LIST,
  clientNoEvict: CLIENT_NO_EVICT,
  clientNoTouch: CLIENT_NO_TOUCH,
  clientPause: CLIENT_PAUSE,
  clientSetName: CLIENT_SETNAME,
  clientTracking: CLIENT_TRACKING,
  clientTrackingInfo: CLIENT_TRACKINGINFO,
  clientUnblock: CLIENT_UNBLOCK,
  clientUnpause: CLIENT_UNPAUSE,
  echo: ECHO,
  hello: HELLO,
  ping: PING,
  select: SELECT,
} as const;
