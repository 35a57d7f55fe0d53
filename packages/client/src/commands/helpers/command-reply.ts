// One entry of `COMMAND` / `COMMAND INFO` (a 10-element array: name, arity, flags, first key, last
// key, step, ACL categories, tips, key specs, subcommands) as node-redis shapes it: flags and
// categories as Sets, the routing tips split out as `policies`, each key spec reduced to how its
// keys are found. Works on whatever the decoder produced under any type mapping (maps as objects,
// Maps or flat arrays; sets as arrays or Sets; strings or Buffers).
import { mapLikeToObject } from './map-like';

/** The request/response policy tips of a command (`request_policy:…`), when it has them. */
export interface CommandPolicies {
  request: string | undefined;
  response: string | undefined;
}

/** Where the search for a command's keys begins. */
export type KeySpecBeginSearch =
  | { type: 'index'; index: number }
  | { type: 'keyword'; keyword: string; startFrom: number }
  | { type: 'unknown' };

/** How the keys are found once the search began. */
export type KeySpecFindKeys =
  | { type: 'range'; lastKey: number; keyStep: number; limit: number }
  | { type: 'keynum'; keyNumIdx: number; firstKey: number; keyStep: number }
  | { type: 'unknown' };

/** One key specification. */
export interface CommandKeySpec {
  beginSearch: KeySpecBeginSearch;
  findKeys: KeySpecFindKeys;
}

/** A command as `COMMAND` / `COMMAND INFO` describe it. */
export interface CommandReply {
  name: string;
  arity: number;
  flags: Set<string>;
  firstKeyIndex: number;
  lastKeyIndex: number;
  step: number;
  categories: Set<string>;
  policies: CommandPolicies;
  isKeyless: boolean;
  nondeterministicOutput: boolean;
  /** The tips other than the two policies (`nondeterministic_output`, …). */
  tips: Array<string>;
  keySpecs: Array<CommandKeySpec>;
  subcommands: Array<CommandReply>;
}

// The policy names node-redis knows; an unknown one is left out like node-redis leaves it out.
const REQUEST_POLICIES = new Set(['all_nodes', 'all_shards', 'multi_shard', 'special', 'default-keyless', 'default-keyed']);
const RESPONSE_POLICIES = new Set([
  'one_succeeded',
  'all_succeeded',
  'agg_logical_and',
  'agg_logical_or',
  'agg_min',
  'agg_max',
  'agg_sum',
  'special',
  'default-keyless',
  'default-keyed',
]);

const UNKNOWN = { type: 'unknown' } as const;

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** An array or a Set (a RESP3 set under the `SET` mapping) as an array; anything else as none. */
function list(value: unknown): Array<unknown> {
  if (Array.isArray(value)) return value;
  if (value instanceof Set) return [...value];
  return [];
}

function integer(value: unknown): number | undefined {
  const n = Number(value);
  return Number.isInteger(n) ? n : undefined;
}

/** One map-shaped level of a key spec as an object; a malformed flat array (odd length) as none. */
function specLevel(raw: unknown): Record<string, unknown> | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  if (Array.isArray(raw) && raw.length % 2 === 1 && !raw.every((item) => Array.isArray(item) && item.length >= 2)) return undefined;
  return mapLikeToObject(raw);
}

function beginSearch(raw: unknown): KeySpecBeginSearch {
  const level = specLevel(raw);
  const spec = specLevel(level?.spec);
  if (level === undefined || spec === undefined) return UNKNOWN;
  const type = text(level.type);
  if (type === 'index') {
    const index = integer(spec.index);
    if (index !== undefined) return { type, index };
  } else if (type === 'keyword') {
    const startFrom = integer(spec.startfrom);
    const keyword = text(spec.keyword);
    if (keyword !== '' && startFrom !== undefined) return { type, keyword, startFrom };
  }
  return UNKNOWN;
}

function findKeys(raw: unknown): KeySpecFindKeys {
  const level = specLevel(raw);
  const spec = specLevel(level?.spec);
  if (level === undefined || spec === undefined) return UNKNOWN;
  const type = text(level.type);
  if (type === 'range') {
    const lastKey = integer(spec.lastkey);
    const keyStep = integer(spec.keystep);
    const limit = integer(spec.limit);
    if (lastKey !== undefined && keyStep !== undefined && limit !== undefined) return { type, lastKey, keyStep, limit };
  } else if (type === 'keynum') {
    const keyNumIdx = integer(spec.keynumidx);
    const firstKey = integer(spec.firstkey);
    const keyStep = integer(spec.keystep);
    if (keyNumIdx !== undefined && firstKey !== undefined && keyStep !== undefined) return { type, keyNumIdx, firstKey, keyStep };
  }
  return UNKNOWN;
}

function keySpec(raw: unknown): CommandKeySpec {
  const entry = specLevel(raw);
  return { beginSearch: beginSearch(entry?.begin_search), findKeys: findKeys(entry?.find_keys) };
}

/** One `COMMAND` entry, shaped. Entries shorter than Redis 7's ten fields get empty tips, specs and subcommands. */
export function commandReply(reply: ReadonlyArray<unknown>): CommandReply {
  const [name, arity, flags, firstKeyIndex, lastKeyIndex, step, categories, tips, keySpecs, subcommands] = reply;
  const policies: CommandPolicies = { request: undefined, response: undefined };
  const otherTips: Array<string> = [];
  let nondeterministicOutput = false;
  for (const tip of list(tips)) {
    const t = text(tip);
    if (t.startsWith('request_policy:')) {
      const policy = t.slice('request_policy:'.length);
      if (REQUEST_POLICIES.has(policy)) policies.request = policy;
    } else if (t.startsWith('response_policy:')) {
      const policy = t.slice('response_policy:'.length);
      if (RESPONSE_POLICIES.has(policy)) policies.response = policy;
    } else {
      otherTips.push(t);
      if (t === 'nondeterministic_output') nondeterministicOutput = true;
    }
  }
  const specs = list(keySpecs);
  return {
    name: text(name),
    arity: arity as number,
    flags: new Set(list(flags).map(text)),
    firstKeyIndex: firstKeyIndex as number,
    lastKeyIndex: lastKeyIndex as number,
    step: step as number,
    categories: new Set(list(categories).map(text)),
    policies,
    isKeyless: specs.length === 0,
    nondeterministicOutput,
    tips: otherTips,
    keySpecs: specs.map(keySpec),
    subcommands: list(subcommands).map((sub) => commandReply(sub as ReadonlyArray<unknown>)),
  };
}
