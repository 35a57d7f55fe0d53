import type { Command, CommandParser, RedisArgument } from '@x/modules';

/** A full-text field. `WEIGHT` scales its matches (default 1); `NOSTEM` searches it verbatim. */
export interface TextField {
  type: 'TEXT';
  NOSTEM?: boolean;
  WEIGHT?: number;
  SORTABLE?: boolean;
  /** Stored and returned, but not searchable (only useful with `SORTABLE`). */
  NOINDEX?: boolean;
}

/** A number, filtered with `FILTER field min max`. */
export interface NumericField {
  type: 'NUMERIC';
  SORTABLE?: boolean;
  NOINDEX?: boolean;
}

/** `"longitude,latitude"`, filtered with `GEOFILTER`. */
export interface GeoField {
  type: 'GEO';
}

/** Exact-match tags, split on `SEPARATOR` (default `,`), queried as `@field:{tag}`. */
export interface TagField {
  type: 'TAG';
  SEPARATOR?: string;
}

export type SchemaField = TextField | NumericField | GeoField | TagField;

/** Field name → its definition, or just its type: `{ title: { type: 'TEXT', WEIGHT: 5 }, price: 'NUMERIC' }`. */
export type Schema = Record<string, SchemaField | SchemaField['type']>;

/** Index options (they come before `SCHEMA`). */
export interface CreateOptions {
  /** Store no term offsets: smaller, but no exact-phrase search or highlighting. */
  NOOFFSETS?: boolean;
  /** Store no field bits: smaller, but no `@field:` filtering. */
  NOFIELDS?: boolean;
  /** Store no term frequencies: smaller, but a cruder score. */
  NOFREQS?: boolean;
  /** Replace the default stop-words (`[]`: none at all). */
  STOPWORDS?: Array<RedisArgument>;
}

function pushField(parser: CommandParser, name: string, field: SchemaField | SchemaField['type']): void {
  parser.push(name);
  const definition: SchemaField = typeof field === 'string' ? ({ type: field } as SchemaField) : field;
  parser.push(definition.type);
  switch (definition.type) {
    case 'TEXT':
      if (definition.NOSTEM) parser.push('NOSTEM');
      if (definition.WEIGHT !== undefined) parser.push('WEIGHT', String(definition.WEIGHT));
      if (definition.SORTABLE) parser.push('SORTABLE');
      if (definition.NOINDEX) parser.push('NOINDEX');
      break;
    case 'NUMERIC':
      if (definition.SORTABLE) parser.push('SORTABLE');
      if (definition.NOINDEX) parser.push('NOINDEX');
      break;
    case 'TAG':
      if (definition.SEPARATOR !== undefined) parser.push('SEPARATOR', definition.SEPARATOR);
      break;
    case 'GEO':
      break;
  }
}

/**
 * `FT.CREATE index [options] SCHEMA field type [attributes] …`: `ft.create('idx', { title: 'TEXT' })`.
 * The index name is the command's key (RediSearch declares it so; a cluster routes by it).
 */
export const CREATE = {
  parseCommand(parser: CommandParser, index: RedisArgument, schema: Schema, options?: CreateOptions) {
    parser.push('FT.CREATE');
    parser.pushKey(index);
    if (options?.NOOFFSETS) parser.push('NOOFFSETS');
    if (options?.NOFIELDS) parser.push('NOFIELDS');
    if (options?.NOFREQS) parser.push('NOFREQS');
    if (options?.STOPWORDS !== undefined) {
      parser.push('STOPWORDS');
      parser.pushVariadicWithLength(options.STOPWORDS);
    }
    parser.push('SCHEMA');
    for (const [name, field] of Object.entries(schema)) pushField(parser, name, field);
  },
  transformReply: undefined as unknown as () => 'OK',
} as const satisfies Command;
