// The server's description of itself, read once: `COMMAND INFO` (arity, flags, key specs, ACL
// categories, tips) and `COMMAND DOCS` (summary, since, argument tree, reply schema when the server
// was built to publish it), joined by command name into one plain, sorted model the rest of the
// generator (and the tests) work from.
import type { RespValue } from '@x/resp';

/** The argument types `COMMAND DOCS` uses. */
export type ArgumentType =
  | 'string'
  | 'integer'
  | 'double'
  | 'key'
  | 'pattern'
  | 'unix-time'
  | 'pure-token'
  | 'oneof'
  | 'block';

/** One node of a command's argument tree. */
export interface ArgumentDoc {
  name: string;
  type: ArgumentType;
  /** The literal word before the value (`EX`, `COUNT`), or the whole argument for a pure token. */
  token: string | undefined;
  optional: boolean;
  multiple: boolean;
  /** With `multiple`: the token is repeated before each value (`GET p1 GET p2`), not sent once. */
  multipleToken: boolean;
  keySpecIndex: number | undefined;
  since: string | undefined;
  deprecatedSince: string | undefined;
  /** Children of a `oneof` or `block`. */
  arguments: Array<ArgumentDoc>;
}

/** One key spec of `COMMAND INFO`, kept as the server gave it (maps as plain objects). */
export interface KeySpec {
  flags: Array<string>;
  beginSearch: unknown;
  findKeys: unknown;
}

/** Everything known about one command or subcommand. */
export interface CommandMeta {
  /** Lower case, `container|subcommand` for a subcommand (`client|list`). */
  name: string;
  arity: number;
  flags: Array<string>;
  aclCategories: Array<string>;
  tips: Array<string>;
  keySpecs: Array<KeySpec>;
  /** Names of its subcommands: a container (`CLIENT`) is not callable by itself. */
  subcommands: Array<string>;
  summary: string | undefined;
  since: string | undefined;
  group: string | undefined;
  complexity: string | undefined;
  docFlags: Array<string>;
  deprecatedSince: string | undefined;
  replacedBy: string | undefined;
  arguments: Array<ArgumentDoc>;
  /** `reply_schema` of `COMMAND DOCS` (servers built with reply schemas only), as JSON. */
  replySchema: unknown;
}

/** The whole command table of one server. */
export interface CommandTable {
  /** `redis_version` of `INFO server`. */
  version: string;
  /** Every command and subcommand, sorted by name. */
  commands: Array<CommandMeta>;
}

/** Sends one command and resolves with its decoded RESP3 reply (maps as `Map`s). */
export type SendCommand = (args: ReadonlyArray<string>) => Promise<RespValue>;

/** Reads the command table of the server `send` talks to. */
export async function readCommandTable(send: SendCommand): Promise<CommandTable> {
  const info = text(await send(['INFO', 'server']));
  const version = /^redis_version:(\S+)/m.exec(info)?.[1];
  if (version === undefined) throw new Error('INFO server has no redis_version');
  const infos = new Map<string, Array<RespValue>>();
  const collect = (entries: RespValue): void => {
    for (const entry of array(entries)) {
      const fields = array(entry);
      infos.set(text(fields[0]).toLowerCase(), fields);
      if (fields[9] !== undefined) collect(fields[9]);
    }
  };
  collect(await send(['COMMAND', 'INFO']));
  const docs = new Map<string, Map<RespValue, RespValue>>();
  // Subcommands are named `container|subcommand` in both replies.
  const collectDocs = (reply: RespValue): void => {
    for (const [name, doc] of map(reply)) {
      const fields = map(doc);
      docs.set(text(name).toLowerCase(), fields);
      const subcommands = fields.get('subcommands');
      if (subcommands !== undefined) collectDocs(subcommands);
    }
  };
  collectDocs(await send(['COMMAND', 'DOCS']));

  const commands: Array<CommandMeta> = [];
  for (const [name, entry] of infos) {
    const doc = docs.get(name) ?? new Map<RespValue, RespValue>();
    commands.push({
      name,
      arity: Number(entry[1]),
      flags: strings(entry[2]),
      aclCategories: strings(entry[6]),
      tips: strings(entry[7]),
      keySpecs: array(entry[8]).map((spec) => {
        const fields = map(spec);
        return { flags: strings(fields.get('flags')), beginSearch: toJson(fields.get('begin_search')), findKeys: toJson(fields.get('find_keys')) };
      }),
      subcommands: entry[9] === undefined ? [] : array(entry[9]).map((sub) => text(array(sub)[0]).toLowerCase()).sort(),
      summary: optionalText(doc.get('summary')),
      since: optionalText(doc.get('since')),
      group: optionalText(doc.get('group')),
      complexity: optionalText(doc.get('complexity')),
      docFlags: strings(doc.get('doc_flags')),
      deprecatedSince: optionalText(doc.get('deprecated_since')),
      replacedBy: optionalText(doc.get('replaced_by')),
      arguments: array(doc.get('arguments') ?? []).map(argument),
      replySchema: doc.has('reply_schema') ? toJson(doc.get('reply_schema')) : undefined,
    });
  }
  commands.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { version, commands };
}

function argument(reply: RespValue): ArgumentDoc {
  const fields = map(reply);
  const flags = strings(fields.get('flags'));
  const keySpecIndex = fields.get('key_spec_index');
  return {
    name: text(fields.get('name')),
    type: text(fields.get('type')) as ArgumentType,
    token: optionalText(fields.get('token')),
    optional: flags.includes('optional'),
    multiple: flags.includes('multiple'),
    multipleToken: flags.includes('multiple_token'),
    keySpecIndex: keySpecIndex === undefined ? undefined : Number(keySpecIndex),
    since: optionalText(fields.get('since')),
    deprecatedSince: optionalText(fields.get('deprecated_since')),
    arguments: array(fields.get('arguments') ?? []).map(argument),
  };
}

function array(value: RespValue | undefined): Array<RespValue> {
  if (!Array.isArray(value)) throw new Error(`expected an array in the command table, got ${typeof value}`);
  return value;
}

function map(value: RespValue | undefined): Map<RespValue, RespValue> {
  if (!(value instanceof Map)) throw new Error(`expected a map in the command table, got ${typeof value}`);
  return value;
}

function text(value: RespValue | undefined): string {
  if (typeof value === 'string') return value;
  if (Buffer.isBuffer(value)) return value.toString();
  throw new Error(`expected a string in the command table, got ${typeof value}`);
}

function optionalText(value: RespValue | undefined): string | undefined {
  return value === undefined || value === null ? undefined : text(value);
}

function strings(value: RespValue | undefined): Array<string> {
  return value === undefined ? [] : array(value).map(text);
}

/** A decoded reply as plain JSON (maps as objects), for data kept as the server gave it. */
function toJson(value: RespValue | undefined): unknown {
  if (value instanceof Map) {
    const object: Record<string, unknown> = {};
    for (const [key, item] of value) object[text(key)] = toJson(item);
    return object;
  }
  if (Array.isArray(value)) return value.map(toJson);
  if (Buffer.isBuffer(value)) return value.toString();
  return value;
}
