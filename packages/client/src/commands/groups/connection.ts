// The hand-tuned connection commands (group `connection` of COMMAND DOCS), under both of node-redis's spellings.
// A command listed here wins over a generated definition of the same name (see ../index.ts).

import CLIENT_GETNAME from '../client-getname';
import CLIENT_ID from '../client-id';
import CLIENT_SETNAME from '../client-setname';
import ECHO from '../echo';
import PING from '../ping';
import SELECT from '../select';

export const CONNECTION_COMMANDS = {
  CLIENT_GETNAME,
  CLIENT_ID,
  CLIENT_SETNAME,
  ECHO,
  PING,
  SELECT,
  clientGetName: CLIENT_GETNAME,
  clientId: CLIENT_ID,
  clientSetName: CLIENT_SETNAME,
  echo: ECHO,
  ping: PING,
  select: SELECT,
} as const;
