// FT.CREATE and FT.ALTER: making an index and adding fields to it. The index name is not pushed as a
// key (node-redis doesn't): RediSearch 2 indexes span the keyspace, so any node may be asked.
import type { Command, CommandParser, RedisArgument, RedisVariadicArgument, SimpleStringReply } from '@x/modules';
import { writeAttributes, type Attribute } from './attributes';
import { pushSchema, type RediSearchSchema } from './schema';

/** The stemming languages (`LANGUAGE`); the spellings, typos included, are node-redis's. */
export const REDISEARCH_LANGUAGE = {
  ARABIC: 'Arabic',
  ARMENIAN: 'Armenian',
  BASQUE: 'Basque',
  CATALANA: 'Catalan',
  DANISH: 'Danish',
  DUTCH: 'Dutch',
  ENGLISH: 'English',
  FINNISH: 'Finnish',
  FRENCH: 'French',
  GERMAN: 'German',
  GREEK: 'Greek',
  HINDI: 'Hindi',
  HUNGARIAN: 'Hungarian',
  INDONESAIN: 'Indonesian',
  IRISH: 'Irish',
  ITALIAN: 'Italian',
  LITHUANIAN: 'Lithuanian',
  MALAY: 'Malay',
  NEPALI: 'Nepali',
  NORWEIGAN: 'Norwegian',
  PORTUGUESE: 'Portuguese',
  ROMANIAN: 'Romanian',
  RUSSIAN: 'Russian',
  SERBIAN: 'Serbian',
  SPANISH: 'Spanish',
  SWEDISH: 'Swedish',
  TAGALOG: 'Tagalog',
  TAMIL: 'Tamil',
  TURKISH: 'Turkish',
  YIDDISH: 'Yiddish',
  CHINESE: 'Chinese',
} as const;

export type RediSearchLanguage = (typeof REDISEARCH_LANGUAGE)[keyof typeof REDISEARCH_LANGUAGE];

/** A document attribute: `@name`, a JSONPath (`$.name`), or a plain hash field name. */
export type RediSearchProperty = `${'@' | '$.'}${string}`;
// `string & {}` keeps the prefixed forms in autocompletion while any field name is accepted.
export type RediSearchAttribute = RediSearchProperty | (string & {});

/** FT.CREATE's index options (before `SCHEMA`). */
export interface FtCreateOptions {
  /** What the index holds: hashes (default) or JSON documents. */
  ON?: 'HASH' | 'JSON';
  /** Only keys with one of these prefixes are indexed. */
  PREFIX?: RedisVariadicArgument;
  /** Only documents for which this expression holds are indexed. */
  FILTER?: RedisArgument;
  LANGUAGE?: RediSearchLanguage;
  /** The document attribute holding each document's language. */
  LANGUAGE_FIELD?: RediSearchAttribute;
  /** The default document score (0–1). */
  SCORE?: number;
  /** The document attribute holding each document's score. */
  SCORE_FIELD?: RediSearchAttribute;
  MAXTEXTFIELDS?: boolean;
  /** Seconds of inactivity after which the index is dropped. */
  TEMPORARY?: number;
  NOOFFSETS?: boolean;
  NOHL?: boolean;
  NOFIELDS?: boolean;
  NOFREQS?: boolean;
  /** Don't index the keys that exist already. */
  SKIPINITIALSCAN?: boolean;
  /** Replaces the default stop-words (`[]`: none at all). */
  STOPWORDS?: RedisVariadicArgument;
}

const CREATE_OPTIONS: ReadonlyArray<Attribute> = [
  ['ON', 'text'],
  ['PREFIX', 'list'],
  ['FILTER', 'text'],
  ['LANGUAGE', 'text'],
  ['LANGUAGE_FIELD', 'text'],
  ['SCORE', 'number'],
  ['SCORE_FIELD', 'text'],
  ['MAXTEXTFIELDS', 'flag'],
  ['TEMPORARY', 'nonzero'],
  ['NOOFFSETS', 'flag'],
  ['NOHL', 'flag'],
  ['NOFIELDS', 'flag'],
  ['NOFREQS', 'flag'],
  ['SKIPINITIALSCAN', 'flag'],
  ['STOPWORDS', 'list'],
];

type Ok = () => SimpleStringReply<'OK'>;

/** `FT.CREATE index [options] SCHEMA field [AS alias] TYPE [attributes] …` */
export const CREATE = {
  parseCommand(parser: CommandParser, index: RedisArgument, schema: RediSearchSchema, options?: FtCreateOptions) {
    parser.push('FT.CREATE', index);
    if (options !== undefined && options !== null) writeAttributes(parser, options, CREATE_OPTIONS);
    parser.push('SCHEMA');
    pushSchema(parser, schema);
  },
  transformReply: undefined as unknown as Ok,
} as const satisfies Command;

/** `FT.ALTER index SCHEMA ADD field [AS alias] TYPE [attributes] …`: adds fields to an index. */
export const ALTER = {
  parseCommand(parser: CommandParser, index: RedisArgument, schema: RediSearchSchema) {
    parser.push('FT.ALTER', index, 'SCHEMA', 'ADD');
    pushSchema(parser, schema);
  },
  transformReply: undefined as unknown as Ok,
} as const satisfies Command;
