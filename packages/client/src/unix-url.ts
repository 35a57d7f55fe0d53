import { InvalidOptionError } from './errors';

/** What a `unix://` URL says: the socket path, and optionally credentials and a database. */
export interface ParsedUnixUrl {
  host: undefined;
  port: undefined;
  tls: false;
  path: string;
  username: string | undefined;
  password: string | undefined;
  database: number | undefined;
}

// unix://[user[:password]@]/path/to/socket[?db=N] — node-redis's form. The authority holds no host.
const UNIX_URL = /^unix:\/\/(?:([^:@/]*)(?::([^@/]*))?@)?(\/[^?#]*)(?:\?([^#]*))?(?:#.*)?$/;

/**
 * Parses a `unix://` URL as node-redis does. Errors name the option but never quote the URL: it may
 * hold a password.
 */
export function parseUnixUrl(url: string): ParsedUnixUrl {
  const match = UNIX_URL.exec(url);
  if (match === null || match[3] === '/') {
    throw new InvalidOptionError('url', 'is not a valid unix URL (expected unix://[[user][:password]@]/path/to/socket[?db=N])');
  }
  const [, user, password, path, query] = match;
  let database: number | undefined;
  const db = query === undefined ? null : new URLSearchParams(query).get('db');
  if (db !== null) {
    database = Number(db);
    if (db === '' || !Number.isInteger(database) || database < 0) throw new InvalidOptionError('url', 'has an invalid db in its query');
  }
  return {
    host: undefined,
    port: undefined,
    tls: false,
    path: decode(path!, 'socket path'),
    username: user === undefined || user === '' ? undefined : decode(user, 'user name'),
    password: password === undefined || password === '' ? undefined : decode(password, 'password'),
    database,
  };
}

function decode(text: string, what: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new InvalidOptionError('url', `has a malformed percent-encoding in its ${what}`);
  }
}
