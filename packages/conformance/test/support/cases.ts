// A differential case: one node-redis call, made on node-redis and on x against the same fresh data,
// on every target and protocol and under node-redis's type mappings; replies, errors and the data
// left behind compared. Also, without a server, the two definitions compared: the arguments each
// would send for the call, and (for commands this server can't run) each transform on a sample reply.
import { createCommandParser, RESP_TYPES } from '@x/modules';
import { COMMANDS as X_COMMANDS } from '@x/client/node-connection';
import { DEFAULT_MODULES } from '@x/cluster';
import { canonical, sameCanonical, show } from './canonical';
import { oracle, type OracleCommand } from './oracle';
import { recordCase } from './report';
import { closePairs, pairFor, PROTOCOLS, reset, runRaw, runRawEverywhere, snapshot, TARGETS, type Callable, type Resp, type Target } from './targets';

/** node-redis's type mappings a case is compared under (beside none). */
export const MAPPINGS = {
  buffers: { [RESP_TYPES.BLOB_STRING]: Buffer },
  maps: { [RESP_TYPES.MAP]: Map, [RESP_TYPES.SET]: Set },
  flatMaps: { [RESP_TYPES.MAP]: Array },
  stringNumbers: { [RESP_TYPES.NUMBER]: String, [RESP_TYPES.DOUBLE]: String, [RESP_TYPES.BIG_NUMBER]: String },
  simpleBuffers: { [RESP_TYPES.SIMPLE_STRING]: Buffer },
} as const;
export type MappingName = keyof typeof MAPPINGS;
const MAPPING_NAMES = Object.keys(MAPPINGS) as MappingName[];

type Raw = ReadonlyArray<ReadonlyArray<string>>;

/** One command queued in a `multi()` case. */
export interface MultiStep {
  method: string;
  args: ReadonlyArray<unknown>;
}

export interface Case {
  /**
   * The node-redis method (either spelling: `zPopMax` or `ZPOPMAX`); `'multi'` for a {@link Case.multi}
   * case; `namespace.method` for a command of a bundled module (`json.GET`, `tDigest.add`).
   */
  method: string;
  /**
   * A transaction instead of one call: `multi()`, each step queued on it (`multi.method(...args)`),
   * then `exec()`; the reply compared is exec's array of replies. `args` is then `[]`.
   */
  multi?: ReadonlyArray<MultiStep>;
  /** Shown in the test name; default: the arguments. */
  name?: string;
  /** The arguments as node-redis's docs and typings take them (a function: made fresh for each run). */
  args: ReadonlyArray<unknown> | (() => ReadonlyArray<unknown>);
  /** Raw commands that load the case's data into an empty keyspace; each is routed by its key. */
  setup?: Raw;
  /** Raw commands after the call whose replies are compared too (beyond the snapshot). */
  after?: Raw;
  /** Raw commands that undo what the case changed outside the keyspace (CONFIG SET …). */
  teardown?: Raw;
  /**
   * Raw commands run on every node of the target (every master and replica of the cluster), not
   * routed by a key: for state a cluster keeps per node (ACL users, config). `setup` before the call,
   * `teardown` after it (after `teardown`).
   */
  everyNode?: { setup?: Raw; teardown?: Raw };
  /** Where it runs live (default: both). A case with keys in several slots still runs on both. */
  targets?: ReadonlyArray<Target>;
  protocols?: ReadonlyArray<Resp>;
  /** Type mappings to compare under besides none (default: all of {@link MAPPINGS}; false: none). */
  mappings?: boolean | ReadonlyArray<MappingName>;
  /** Compare the keyspace after the call (default true; false for state that can't be the same twice). */
  snapshot?: boolean;
  /** Applied to both replies before comparing (generated ids, times, random picks). */
  normalize?: (reply: unknown) => unknown;
  /** x behaves differently on purpose; `check` asserts x's own behaviour. Listed in the report. */
  difference?: {
    reason: string;
    targets?: ReadonlyArray<Target>;
    protocols?: ReadonlyArray<Resp>;
    check?: (x: Outcome, nr: Outcome) => void;
    /** The two definitions send different arguments for this call on purpose (not compared). */
    wire?: boolean;
  };
  /**
   * Never run live (a command newer than the Redis 7.0 here, or one that would stop the server): only
   * the definitions are compared — the arguments, and each transform on these sample raw replies.
   */
  unitOnly?: { reason: string; replies?: { 2?: () => unknown; 3?: () => unknown } };
}

/** How a call ended: its reply, or its error (a server error by message; a client-side one by kind only). */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: Error; server: boolean };

async function outcomeOf(call: () => unknown): Promise<Outcome> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    return { ok: false, error: e, server: isServerError(e) };
  }
}

function isServerError(error: Error): boolean {
  const name = error.constructor?.name ?? '';
  return name === 'ReplyError' || name === 'ErrorReply' || name === 'SimpleError' || name === 'BlobError';
}

function outcomeCanonical(outcome: Outcome, normalize: ((reply: unknown) => unknown) | undefined) {
  if (outcome.ok) return canonical(normalize === undefined ? outcome.value : normalize(outcome.value));
  // Server errors must say the same; client-side refusals need only both happen.
  return { $: 'rejected', v: outcome.server ? outcome.error.message : 'client-side' };
}

const argsOf = (c: Case): ReadonlyArray<unknown> => (typeof c.args === 'function' ? c.args() : c.args);

function describeArgs(args: ReadonlyArray<unknown>): string {
  const text = JSON.stringify(args, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function methodOf(target: Record<string, unknown>, method: string): ((...args: unknown[]) => unknown) | undefined {
  const dot = method.indexOf('.');
  if (dot > 0) {
    // A module's command: called on its namespace (`client.json.get(…)`), `this` being the namespace.
    const namespace = target[method.slice(0, dot)] as Record<string, unknown> | undefined;
    const fn = namespace?.[method.slice(dot + 1)];
    return typeof fn === 'function' ? (...args: unknown[]) => (fn as (...a: unknown[]) => unknown).apply(namespace, args) : undefined;
  }
  const fn = target[method];
  return typeof fn === 'function' ? (fn as (...args: unknown[]) => unknown) : undefined;
}

/** The wire bytes of each argument a definition pushes for `args`, and its keys; or the error it throws. */
function parseWith(definition: OracleCommand | undefined, makeParser: () => object, args: ReadonlyArray<unknown>) {
  if (definition === undefined) return { $: 'missing' };
  const parser = makeParser() as { redisArgs: ReadonlyArray<unknown>; keys: ReadonlyArray<unknown>; preserve?: unknown };
  try {
    definition.parseCommand(parser, ...args);
  } catch {
    // That both refuse the call is what counts: node-redis throws whatever its code hits (an Error, a
    // TypeError from `undefined.toString()`), x a TypeError naming the argument.
    return { $: 'throws' };
  }
  const bytes = (a: unknown) => (Buffer.isBuffer(a) ? a.toString('hex') : Buffer.from(String(a)).toString('hex'));
  return { args: parser.redisArgs.map(bytes), keys: parser.keys.map(bytes), preserve: parser.preserve };
}

/** A definition's transform: a reply, its `preserve`, the call's type mapping → what the call resolves with. */
export type Transform = (reply: unknown, preserve?: unknown, typeMapping?: object) => unknown;

/** A definition's transform for `resp` (its only one, or the one of its per-protocol record). */
export function transformOf(definition: OracleCommand | undefined, resp: Resp): Transform | undefined {
  const t = definition?.transformReply as unknown;
  if (typeof t === 'function') return t as Transform;
  if (t !== null && typeof t === 'object') return (t as Record<number, Transform | undefined>)[resp];
  return undefined;
}

/** The definition of a bundled module's command (`json.GET`) on one side: node-redis's or x's. */
export function moduleDefinition(side: 'x' | 'node-redis', method: string): OracleCommand | undefined {
  return side === 'x'
    ? definitionOf({}, DEFAULT_MODULES as unknown as Record<string, Record<string, OracleCommand>>, method)
    : definitionOf({}, oracle.modules, method);
}

/** A command's definition by method name; `namespace.method` looks in that module. */
function definitionOf(
  commands: Record<string, OracleCommand>,
  modules: Record<string, Record<string, OracleCommand>>,
  method: string,
): OracleCommand | undefined {
  const dot = method.indexOf('.');
  if (dot < 0) return Object.hasOwn(commands, method) ? commands[method] : undefined;
  const module = modules[method.slice(0, dot)];
  const name = method.slice(dot + 1);
  return module !== undefined && Object.hasOwn(module, name) ? module[name] : undefined;
}

const mismatchText = (where: string, x: unknown, nr: unknown) => `${where}\n    x:          ${show(x as never)}\n    node-redis: ${show(nr as never)}`;

/**
 * Compare the two definitions for a case: arguments and keys (always), transforms of sample replies
 * (unit-only). With `keyPrefix`, both parsers are made with it: the prefixed keys must agree too.
 */
export function compareDefinitions(c: Case, mismatches: string[], keyPrefix?: string | Buffer): void {
  if (c.multi !== undefined) {
    for (const step of c.multi) compareDefinitions({ method: step.method, args: step.args }, mismatches, keyPrefix);
    return;
  }
  const nrDef = definitionOf(oracle.commands, oracle.modules, c.method);
  const xDef = definitionOf(X_COMMANDS as Record<string, OracleCommand>, DEFAULT_MODULES as unknown as Record<string, Record<string, OracleCommand>>, c.method);
  if (xDef === undefined) {
    mismatches.push(`x has no definition ${c.method}`);
    return;
  }
  if (nrDef === undefined) return;
  const args = argsOf(c);
  const nrParsed = parseWith(nrDef, () => new oracle.BasicCommandParser(keyPrefix), args);
  const xParsed = parseWith(xDef, () => createCommandParser(3, keyPrefix), argsOf(c));
  // `preserve` is each library's own business (what its transform needs); the wire is what must agree.
  const strip = (p: ReturnType<typeof parseWith>) => ('args' in p ? { args: p.args, keys: p.keys } : p);
  const a = canonical(strip(xParsed));
  const b = canonical(strip(nrParsed));
  if (!sameCanonical(a, b) && c.difference?.wire !== true) mismatches.push(mismatchText('arguments and keys sent', a, b));
  const replies = c.unitOnly?.replies;
  if (replies === undefined || !('args' in nrParsed) || !('args' in xParsed)) return;
  for (const resp of PROTOCOLS) {
    const sample = replies[resp];
    if (sample === undefined) continue;
    for (const mapping of [undefined, ...MAPPING_NAMES.map((n) => MAPPINGS[n])]) {
      const run = (def: OracleCommand, preserve: unknown): Outcome => {
        const t = transformOf(def, resp);
        try {
          return { ok: true, value: t === undefined ? sample() : t(sample(), preserve, mapping) };
        } catch (error) {
          return { ok: false, error: error as Error, server: false };
        }
      };
      const xo = outcomeCanonical(run(xDef, xParsed.preserve), c.normalize);
      const nro = outcomeCanonical(run(nrDef, nrParsed.preserve), c.normalize);
      if (!sameCanonical(xo, nro)) mismatches.push(mismatchText(`transform, RESP${resp}, mapping ${mappingName(mapping)}`, xo, nro));
    }
  }
}

function mappingName(mapping: object | undefined): string {
  if (mapping === undefined) return 'none';
  return MAPPING_NAMES.find((n) => MAPPINGS[n] === mapping) ?? '?';
}

function differs(c: Case, target: Target, resp: Resp): boolean {
  const d = c.difference;
  if (d === undefined) return false;
  return (d.targets === undefined || d.targets.includes(target)) && (d.protocols === undefined || d.protocols.includes(resp));
}

async function callOne(view: Callable, c: Case): Promise<Outcome | undefined> {
  const fn = methodOf(view, c.method);
  return fn === undefined ? undefined : outcomeOf(() => fn.apply(view, argsOf(c) as unknown[]));
}

/** `multi()`, every step queued, `exec()`; undefined when a method is missing on the multi. */
async function callMulti(view: Callable, steps: ReadonlyArray<MultiStep>): Promise<Outcome | undefined> {
  const start = methodOf(view, 'multi');
  if (start === undefined) return undefined;
  const multi = start.apply(view, []) as Callable;
  for (const step of steps) {
    const fn = methodOf(multi, step.method);
    if (fn === undefined) return { ok: false, error: new Error(`no method ${step.method} on multi()`), server: false };
    fn.apply(multi, step.args as unknown[]);
  }
  const exec = methodOf(multi, 'exec')!;
  return outcomeOf(() => exec.apply(multi, []));
}

/** How a group of cases runs: by default on plain clients; `keyPrefix`: on clients made with that option. */
export interface DescribeOptions {
  keyPrefix?: string;
}

/** One live run of a case: node-redis then x, each on freshly reset data. */
async function runLive(
  c: Case,
  target: Target,
  resp: Resp,
  mapping: MappingName | undefined,
  mismatches: string[],
  stats: CaseStats,
  options: DescribeOptions,
): Promise<void> {
  const pair = await pairFor(target, resp, options.keyPrefix);
  const where = `${target}, RESP${resp}, mapping ${mapping ?? 'none'}`;
  const withSnapshot = mapping === undefined && c.snapshot !== false;
  const runOne = async (side: Callable) => {
    await reset(target);
    if (c.everyNode?.setup !== undefined) await runRawEverywhere(target, c.everyNode.setup);
    if (c.setup !== undefined) await runRaw(target, c.setup);
    const view = mapping === undefined ? side : side.withTypeMapping(MAPPINGS[mapping]);
    const outcome: Outcome | undefined = c.multi === undefined ? await callOne(view, c) : await callMulti(view, c.multi);
    const after = c.after === undefined ? undefined : await runRaw(target, c.after);
    const state = withSnapshot ? await snapshot(target) : undefined;
    if (c.teardown !== undefined) await runRaw(target, c.teardown);
    if (c.everyNode?.teardown !== undefined) await runRawEverywhere(target, c.everyNode.teardown);
    return { outcome, after, state };
  };
  const nr = await runOne(pair.nr);
  const x = await runOne(pair.x);
  if (nr.outcome === undefined) return; // node-redis lacks it on this target: nothing to compare
  stats.compared++;
  const run: LiveRun = { target, resp, mapping: mapping ?? 'none', result: 'different' };
  stats.runs.push(run);
  if (x.outcome === undefined) {
    mismatches.push(`${where}: x has no method ${c.method}`);
    return;
  }
  if (differs(c, target, resp)) {
    stats.differences++;
    c.difference!.check?.(x.outcome, nr.outcome);
    run.result = 'difference';
    return;
  }
  const xo = outcomeCanonical(x.outcome, c.normalize);
  const nro = outcomeCanonical(nr.outcome, c.normalize);
  let equal = true;
  if (!sameCanonical(xo, nro)) {
    equal = false;
    mismatches.push(mismatchText(`${where}: reply`, xo, nro));
  }
  if (c.after !== undefined && !sameCanonical(canonical(x.after), canonical(nr.after))) {
    equal = false;
    mismatches.push(mismatchText(`${where}: state read by 'after'`, canonical(x.after), canonical(nr.after)));
  }
  if (withSnapshot && !sameCanonical(canonical(x.state), canonical(nr.state))) {
    equal = false;
    mismatches.push(mismatchText(`${where}: data left behind`, canonical(x.state), canonical(nr.state)));
  }
  if (equal) {
    stats.equal++;
    run.result = 'equal';
  }
}

/** One live comparison: where it ran, and whether x matched (or differs on purpose, checked). */
export interface LiveRun {
  target: Target;
  resp: Resp;
  mapping: MappingName | 'none';
  result: 'equal' | 'different' | 'difference';
}

export interface CaseStats {
  compared: number;
  equal: number;
  differences: number;
  /** Each live comparison (for the report's totals by protocol and type mapping). */
  runs: LiveRun[];
}

/**
 * Registers one jest test per case under `title`. Each compares the definitions, then runs live on
 * every target and protocol (and mapping) and fails with the list of every mismatch.
 */
export function describeCases(title: string, cases: ReadonlyArray<Case>, options: DescribeOptions = {}): void {
  describe(title, () => {
    afterAll(closePairs);
    for (const c of cases) {
      const name = `${c.method} ${c.name ?? describeArgs(argsOf(c))}`;
      it(name, async () => {
        const mismatches: string[] = [];
        const stats: CaseStats = { compared: 0, equal: 0, differences: 0, runs: [] };
        compareDefinitions(c, mismatches, options.keyPrefix);
        if (c.unitOnly === undefined) {
          const mappings = c.mappings === false ? [] : c.mappings === undefined || c.mappings === true ? MAPPING_NAMES : c.mappings;
          for (const target of c.targets ?? TARGETS) {
            for (const resp of c.protocols ?? PROTOCOLS) {
              for (const mapping of [undefined, ...mappings]) await runLive(c, target, resp, mapping, mismatches, stats, options);
            }
          }
        }
        recordCase(title, c, name, stats, mismatches.length === 0);
        if (mismatches.length > 0) throw new Error(`${mismatches.length} mismatch(es):\n  ${mismatches.join('\n  ')}`);
      });
    }
  });
}
