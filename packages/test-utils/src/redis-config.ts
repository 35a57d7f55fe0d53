// redis.conf text for one server. A config file (rather than command-line flags) so that a restart
// reuses exactly the same settings and passwords never show up in `ps`.

/** An ACL user created on start (as a `user` line in the config file). */
export interface AclUser {
  username: string;
  /** Its password; omitted means `nopass`. */
  password?: string;
  /** ACL rules after `on` and the password, e.g. `'~* &* +@all'` or `'~cache:* +get'`. Default: none. */
  rules?: string;
}

/** One config directive and its arguments, e.g. `['save', '']` or `['tls-port', 6380]`. */
export type ConfigDirective = readonly [string, ...Array<string | number>];

// What redis' own config tokenizer (sdssplitargs) reads back unchanged without quotes.
const PLAIN = /^[A-Za-z0-9_\-.:/@~*&+<>=,!%^#$?|[\]{}()]+$/;

/** Quotes one config argument the way redis.conf's tokenizer reads it back. */
export function quoteConfigArg(value: string | number): string {
  const text = String(value);
  if (PLAIN.test(text)) return text;
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
}

/** The `user` directive for one ACL user. */
export function aclUserDirective(user: AclUser): ConfigDirective {
  const rules = (user.rules ?? '').split(/\s+/).filter((rule) => rule !== '');
  const secret = user.password === undefined ? 'nopass' : `>${user.password}`;
  return ['user', user.username, 'on', secret, ...rules];
}

/** Renders directives as redis.conf text, one per line. */
export function renderConfig(directives: ReadonlyArray<ConfigDirective>): string {
  return directives.map((directive) => directive.map(quoteConfigArg).join(' ')).join('\n') + '\n';
}

/**
 * Turns `{ 'maxmemory': '10mb', 'notify-keyspace-events': 'KEA' }` into directives. Array values
 * become one directive with several arguments (`{ 'client-output-buffer-limit': ['pubsub', '0', '0', '0'] }`).
 */
export function directivesFromRecord(record: Readonly<Record<string, string | number | ReadonlyArray<string | number>>>): ConfigDirective[] {
  return Object.entries(record).map(([name, value]) => {
    const args = Array.isArray(value) ? (value as ReadonlyArray<string | number>) : [value as string | number];
    return [name, ...args] as ConfigDirective;
  });
}
