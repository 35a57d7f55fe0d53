// The generator is deterministic and its output is what is committed: running it against the
// installed redis-server into a temporary directory gives exactly src/commands/generated/. Plus unit
// tests of the pieces whose rules the README documents (names, argument mapping, reply schemas).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BasicCommandParser, type CommandParser } from '@x/modules';
import { startRedisServer, type RedisServer } from '@x/test-utils';
import { generateFiles, handTunedFiles, writeFiles } from '../scripts/generator/generate';
import type { ArgumentDoc } from '../scripts/generator/metadata';
import { readCommandTable, type CommandTable } from '../scripts/generator/metadata';
import { camelName, fileName, upperName } from '../scripts/generator/names';
import { headerVersion } from '../scripts/generator/render';
import { schemaType } from '../scripts/generator/replies';
import { RespConnection } from '../scripts/generator/resp-connection';
import { buildSignature } from '../scripts/generator/signature';

const commandsDir = join(__dirname, '..', 'src', 'commands');
const generatedDir = join(commandsDir, 'generated');

describe('generate-commands against the installed redis-server', () => {
  let server: RedisServer;
  let table: CommandTable;
  let out: string;

  beforeAll(async () => {
    server = await startRedisServer();
    const connection = await RespConnection.open({ host: server.host, port: server.port });
    try {
      table = await readCommandTable((args) => connection.command(args));
    } finally {
      connection.close();
    }
    out = mkdtempSync(join(tmpdir(), 'x-generated-'));
  });

  afterAll(async () => {
    if (out !== undefined) rmSync(out, { recursive: true, force: true });
    await server?.stop();
  });

  it('is the redis-server version the committed files were generated from', () => {
    const committed = headerVersion(readFileSync(join(generatedDir, 'index.ts'), 'utf8'));
    if (committed !== table.version) {
      throw new Error(
        `src/commands/generated/ was generated from redis-server ${committed}, but the installed redis-server is ` +
          `${table.version}: run the tests with redis-server ${committed}, or regenerate ` +
          '(pnpm --filter @x/client generate-commands) and review the diff',
      );
    }
  });

  it('writes exactly the committed files, byte for byte', () => {
    writeFiles(out, generateFiles(table, handTunedFiles(commandsDir)));
    const committed = readdirSync(generatedDir).sort();
    const fresh = readdirSync(out).sort();
    expect(fresh).toEqual(committed);
    const differing = fresh.filter((file) => readFileSync(join(out, file), 'utf8') !== readFileSync(join(generatedDir, file), 'utf8'));
    expect(differing).toEqual([]);
    expect(fresh).toHaveLength(35); // 34 definitions and index.ts
  });

  it('writes the same text when run twice', () => {
    const first = generateFiles(table, handTunedFiles(commandsDir));
    const second = generateFiles(table, handTunedFiles(commandsDir));
    expect([...second]).toEqual([...first]);
  });
});

describe('names', () => {
  it.each([
    ['client|list', 'CLIENT_LIST', 'clientList', 'client-list'],
    ['xinfo|stream', 'XINFO_STREAM', 'xInfoStream', 'xinfo-stream'],
    ['client|no-evict', 'CLIENT_NO_EVICT', 'clientNoEvict', 'client-no-evict'],
    ['eval_ro', 'EVAL_RO', 'evalRo', 'eval-ro'],
    ['restore-asking', 'RESTORE_ASKING', 'restoreAsking', 'restore-asking'],
    // node-redis has none of these: the rule (container prefix as node-redis spells it + words).
    ['cluster|shards', 'CLUSTER_SHARDS', 'clusterShards', 'cluster-shards'],
    ['xgroup|help', 'XGROUP_HELP', 'xGroupHelp', 'xgroup-help'],
    ['pubsub|help', 'PUBSUB_HELP', 'pubSubHelp', 'pubsub-help'],
    ['slowlog|get', 'SLOWLOG_GET', 'slowLogGet', 'slowlog-get'],
    ['zrevrangebyscore', 'ZREVRANGEBYSCORE', 'zRevRangeByScore', 'zrevrangebyscore'],
    ['lolwut', 'LOLWUT', 'lolwut', 'lolwut'],
  ])('%s → %s / %s / %s.ts', (name, upper, camel, file) => {
    expect(upperName(name)).toBe(upper);
    expect(camelName(name)).toBe(camel);
    expect(fileName(name)).toBe(file);
  });
});

/** An argument of a synthetic tree. */
function arg(name: string, type: ArgumentDoc['type'], extra: Partial<ArgumentDoc> = {}): ArgumentDoc {
  return {
    name,
    type,
    token: undefined,
    optional: false,
    multiple: false,
    multipleToken: false,
    keySpecIndex: undefined,
    since: undefined,
    deprecatedSince: undefined,
    arguments: [],
    ...extra,
  };
}

/** Compiles a generated body into a function (the types are checked by the committed files' tsc run). */
function run(args: ReadonlyArray<ArgumentDoc>, ...values: Array<unknown>): CommandParser {
  const signature = buildSignature('test', args, 'TestOptions');
  const names = signature.parameters.map((p) => p.name);
  const helpers = {
    toArray: <T>(v: T | Array<T>) => (Array.isArray(v) ? v : [v]),
    pairEntries: (v: unknown) => (Array.isArray(v) ? v : Object.entries(v as object)),
    doubleArgument: (v: unknown) => (v === Infinity ? '+inf' : String(v)),
  };
  const body = signature.body.join('\n');
  const fn = new Function('helpers', 'parser', ...names, `const { toArray, pairEntries, doubleArgument } = helpers;\n${body}`) as (
    ...a: Array<unknown>
  ) => void;
  const parser = new BasicCommandParser();
  fn(helpers, parser, ...values);
  return parser;
}

describe('argument mapping', () => {
  it('counts numkeys from the array and records every key', () => {
    const args = [arg('numkeys', 'integer'), arg('key', 'key', { multiple: true }), arg('count', 'integer', { token: 'COUNT', optional: true })];
    const signature = buildSignature('test', args, 'TestOptions');
    expect(signature.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`)).toEqual([
      'key: RedisVariadicArgument',
      'options?: TestOptions',
    ]);
    const parser = run(args, ['a', 'b'], { COUNT: 3 });
    expect(parser.redisArgs).toEqual(['2', 'a', 'b', 'COUNT', '3']);
    expect(parser.keys).toEqual(['a', 'b']);
  });

  it('makes trailing plain optional values optional positional parameters', () => {
    const args = [arg('key', 'key'), arg('count', 'integer', { optional: true })];
    expect(buildSignature('test', args, 'TestOptions').parameters.map((p) => p.optional)).toEqual([false, true]);
    expect(run(args, 'k').redisArgs).toEqual(['k']);
    expect(run(args, 'k', 5).redisArgs).toEqual(['k', '5']);
  });

  it('sends an optional argument that comes before a required one from the options object, in wire order', () => {
    const args = [
      arg('key', 'key'),
      arg('condition', 'oneof', { optional: true, arguments: [arg('nx', 'pure-token', { token: 'NX' }), arg('xx', 'pure-token', { token: 'XX' })] }),
      arg('change', 'pure-token', { token: 'CH', optional: true }),
      arg('data', 'block', { multiple: true, arguments: [arg('score', 'double'), arg('member', 'integer')] }),
    ];
    const signature = buildSignature('test', args, 'TestOptions');
    expect(signature.options?.fields.map((f) => f.declaration)).toEqual(["condition?: 'NX' | 'XX'", 'CH?: boolean']);
    const parser = run(args, 'k', [{ score: Infinity, member: 1 }, { score: 2, member: 3 }], { condition: 'XX', CH: true });
    expect(parser.redisArgs).toEqual(['k', 'XX', 'CH', '+inf', '1', '2', '3']);
  });

  it('flattens an optional untokened block into fields sent together', () => {
    const args = [
      arg('key', 'key'),
      arg('range', 'block', { optional: true, arguments: [arg('start', 'integer'), arg('end', 'integer'), arg('unit', 'oneof', { optional: true, arguments: [arg('byte', 'pure-token', { token: 'BYTE' }), arg('bit', 'pure-token', { token: 'BIT' })] })] }),
    ];
    expect(buildSignature('test', args, 'TestOptions').options?.groups).toEqual([
      "({ start: number; end: number; unit?: 'BYTE' | 'BIT' } | { start?: never; end?: never; unit?: never })",
    ]);
    expect(run(args, 'k', { start: 0, end: 5, unit: 'BIT' }).redisArgs).toEqual(['k', '0', '5', 'BIT']);
    expect(run(args, 'k', {}).redisArgs).toEqual(['k']);
  });

  it('tells oneof alternatives apart: literals, untokened values, { type, value }, keys', () => {
    const args = [
      arg('target', 'oneof', {
        arguments: [arg('key', 'key'), arg('empty', 'pure-token', { token: '' }), arg('id', 'integer', { token: 'ID' })],
      }),
    ];
    expect(buildSignature('test', args, 'TestOptions').parameters[0]!.type).toBe("RedisArgument | '' | { type: 'ID'; value: number }");
    expect(run(args, 'k').keys).toEqual(['k']);
    expect(run(args, '').redisArgs).toEqual(['']);
    expect(run(args, '').keys).toEqual([]);
    expect(run(args, { type: 'ID', value: 7 }).redisArgs).toEqual(['ID', '7']);
  });

  it('repeats a multiple_token token before each value, and takes field/value pairs as a record or pairs', () => {
    const args = [
      arg('prefix', 'string', { token: 'PREFIX', optional: true, multiple: true, multipleToken: true }),
      arg('config', 'block', { token: 'CONFIG', optional: true, multiple: true, multipleToken: true, arguments: [arg('name', 'string'), arg('value', 'string')] }),
    ];
    expect(run(args, { PREFIX: ['a', 'b'], CONFIG: { x: '1', y: '2' } }).redisArgs).toEqual([
      'PREFIX', 'a', 'PREFIX', 'b', 'CONFIG', 'x', '1', 'CONFIG', 'y', '2',
    ]);
    expect(run(args, { CONFIG: [['x', '1']] }).redisArgs).toEqual(['CONFIG', 'x', '1']);
  });

  it('refuses a oneof it could not tell apart at run time', () => {
    const args = [arg('either', 'oneof', { arguments: [arg('a', 'string'), arg('b', 'key')] })];
    expect(() => buildSignature('test', args, 'TestOptions')).toThrow('hand-tune this command');
  });
});

describe('reply schemas (servers that publish them)', () => {
  it.each([
    [{ type: 'integer' }, 'number'],
    [{ oneOf: [{ type: 'string' }, { type: 'null' }] }, 'string | null'],
    [{ const: 'OK' }, "'OK'"],
    [{ type: 'array', items: { type: 'string' } }, 'Array<string>'],
    [{ type: 'array', uniqueItems: true, items: { type: 'string' } }, 'SetReply<string>'],
    [{ type: 'array', items: [{ type: 'string' }, { type: 'number' }] }, '[string, number]'],
    [{ type: 'object', additionalProperties: { type: 'integer' } }, 'MapReply<string, number>'],
    [{ type: 'object', properties: { a: { type: 'string' } } }, 'MapReply<string, ReplyUnion>'],
    [{ description: 'anything' }, 'ReplyUnion'],
  ])('%j → %s', (schema, type) => {
    expect(schemaType(schema)).toBe(type);
  });
});
