import type { CommandParser, RedisArgument, RedisVariadicArgument, TypeMapping } from '@x/modules';
import { doubleLike, invalidArgument, isPlainObject, isRedisArgument } from './argument-errors';
import { doubleArgument, parseDouble } from './double';
import { sortedSetReplyResp2, sortedSetReplyResp3 } from './type-mapped-numbers';

/** A sorted set member with its score. */
export interface SortedSetMember {
  value: string;
  score: number;
}

/**
 * RESP2 `[member, score, member, score, …]` (scores as bulk strings) → `[{ value, score }]`. The
 * scores are parsed into numbers unless the type mapping asks for doubles as strings.
 */
export function flatToSortedSetMembers(reply: ReadonlyArray<unknown>, typeMapping?: TypeMapping): Array<SortedSetMember> {
  return sortedSetReplyResp2(reply, typeMapping) as Array<SortedSetMember>;
}

/** RESP3 `[[member, score], …]` → `[{ value, score }]`; the scores as the decoder made them. */
export function pairsToSortedSetMembers(reply: ReadonlyArray<unknown>): Array<SortedSetMember> {
  return sortedSetReplyResp3(reply) as Array<SortedSetMember>;
}

/** RESP2 `ZSCAN`'s flat members: scores always parsed (as node-redis does, whatever the mapping). */
export function flatToSortedSetMembersParsed(reply: ReadonlyArray<unknown>): Array<SortedSetMember> {
  const members: Array<SortedSetMember> = new Array(reply.length / 2);
  for (let i = 0, j = 0; i < reply.length; i += 2, j++) members[j] = { value: reply[i] as string, score: parseDouble(reply[i + 1]) };
  return members;
}

/** The `transformReply` of every command answering members with their scores (`… WITHSCORES`). */
export const sortedSetMembersReply = {
  2: (reply: ReadonlyArray<unknown>, _preserve?: unknown, typeMapping?: TypeMapping) => flatToSortedSetMembers(reply, typeMapping),
  3: (reply: ReadonlyArray<unknown>) => pairsToSortedSetMembers(reply),
} as const;

/**
 * Pushes `score member [score member …]` from `{ score, value }` members (`ZADD`). On the hot path of
 * `zAdd`: the checks are a few `typeof`s, and an argument's name is only built for the error.
 */
export function pushSortedSetMembers(parser: CommandParser, command: string, members: unknown): void {
  if (Array.isArray(members)) {
    for (let i = 0; i < members.length; i++) pushMember(parser, command, members[i], i);
  } else {
    pushMember(parser, command, members, -1);
  }
}

function pushMember(parser: CommandParser, command: string, member: unknown, index: number): void {
  const argument = () => (index < 0 ? 'members' : `members[${index}]`);
  if (typeof member !== 'object' || member === null) throw invalidArgument(command, argument(), '{ score, value }', member);
  const { score, value } = member as { score?: unknown; value?: unknown };
  if ((typeof value !== 'string' && !Buffer.isBuffer(value)) || score === undefined) {
    throw invalidArgument(command, argument(), '{ score, value }', member);
  }
  parser.push(typeof score === 'number' ? doubleArgument(score) : doubleLike(command, `${argument()}.score`, score), value);
}

/** A key of `ZUNION`/`ZINTER`/… with its weight (node-redis's form). */
export interface ZKeyAndWeight {
  key: RedisArgument;
  weight: number;
}

/** The keys of `ZUNION`/`ZINTER`(`STORE`): plain keys, or keys with weights. */
export type ZKeys = RedisVariadicArgument | ZKeyAndWeight | Array<ZKeyAndWeight>;

/** `AGGREGATE` of `ZUNION`/`ZINTER`(`STORE`). */
export type ZAggregate = 'SUM' | 'MIN' | 'MAX';

/** Options of `ZUNION`/`ZINTER`(`STORE`). */
export interface ZAggregateOptions {
  /** How the scores of a member found in several sets combine. */
  AGGREGATE?: ZAggregate;
  /**
   * x's earlier form: the weights apart from the keys (`keys: ['a', 'b'], { WEIGHTS: [1, 2] }`).
   * node-redis's form gives each key its weight: `[{ key: 'a', weight: 1 }, …]`.
   */
  WEIGHTS?: number | Array<number>;
}

/**
 * Pushes `numkeys key [key …] [WEIGHTS w [w …]] [AGGREGATE SUM | MIN | MAX]`, every key recorded.
 * Keys come plain or as `{ key, weight }` (all alike); x's `WEIGHTS` option is the other way to
 * weigh plain keys.
 */
export function pushZKeysAndAggregate(parser: CommandParser, command: string, keys: unknown, options: ZAggregateOptions | undefined): void {
  const list: Array<unknown> = Array.isArray(keys) ? keys : [keys];
  parser.push(String(list.length));
  const weighted = list.length > 0 && isPlainObject(list[0]);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    const argument = Array.isArray(keys) ? `keys[${i}]` : 'keys';
    if (weighted) {
      if (!isPlainObject(item) || !isRedisArgument(item.key) || item.weight === undefined) {
        throw invalidArgument(command, argument, '{ key, weight } like the first key', item);
      }
      parser.pushKey(item.key);
    } else {
      if (!isRedisArgument(item)) throw invalidArgument(command, argument, 'a key (string or Buffer) like the first key', item);
      parser.pushKey(item);
    }
  }
  const weights = options?.WEIGHTS;
  if (weighted) {
    if (weights !== undefined) throw invalidArgument(command, 'options.WEIGHTS', 'absent when the keys carry their weights', weights);
    parser.push('WEIGHTS');
    for (let i = 0; i < list.length; i++) parser.push(doubleLike(command, `keys[${i}].weight`, (list[i] as ZKeyAndWeight).weight));
  } else if (weights !== undefined) {
    const values: Array<unknown> = Array.isArray(weights) ? weights : [weights];
    parser.push('WEIGHTS');
    for (let i = 0; i < values.length; i++) parser.push(doubleLike(command, `options.WEIGHTS[${i}]`, values[i]));
  }
  if (options?.AGGREGATE !== undefined) parser.push('AGGREGATE', options.AGGREGATE);
}
